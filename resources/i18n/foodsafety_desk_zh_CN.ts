<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>BasicsPage</name>
        <message>
            <source>Campaign name *</source>
            <translation>创建活动名称 *</translation>
        </message>
        <message>
            <source>City or district *</source>
            <translation>城市或区县 *</translation>
        </message>
        <message>
            <source>Issuing office</source>
            <translation>发文机关</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>创建级别</translation>
        </message>
        <message>
            <source>Set up your campaign. Everything can be changed later under Settings.</source>
            <translation>请设置本地的创建活动，以后可在“设置”中修改。</translation>
        </message>
        <message>
            <source>Welcome to FoodSafety Desk</source>
            <translation>欢迎使用食安创建工作台</translation>
        </message>
        <message>
            <source>e.g. 昌都市</source>
            <translation>例如：昌都市</translation>
        </message>
        <message>
            <source>e.g. 昌都市创建国家食品安全示范城市</source>
            <translation>例如：昌都市创建国家食品安全示范城市</translation>
        </message>
        <message>
            <source>e.g. 昌都市食品药品安全委员会办公室</source>
            <translation>例如：昌都市食品药品安全委员会办公室</translation>
        </message>
        <message>
            <source>A provincial campaign is judged by its province's own rule set: load it from Excel (the layout of 评价指标 → export), or start with the national one and load the province's later.</source>
            <translation>省级创建按本省的评价标准评价：请从 Excel 导入本省标准（格式同“评价指标”页导出的工作簿），或先选用国家细则，以后再导入本省标准。</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Load the province's rule set from Excel…</source>
            <translation>从 Excel 导入本省评价标准…</translation>
        </message>
        <message>
            <source>Rule set *</source>
            <translation>评价标准 *</translation>
        </message>
        <message>
            <source>The province's rule set</source>
            <translation>本省评价标准</translation>
        </message>
        <message>
            <source>— choose the rule set —</source>
            <translation>— 请选择评价标准 —</translation>
        </message>
    </context>
    <context>
        <name>Campaign</name>
        <message>
            <source>No campaign has been set up in this data folder yet. Run “init” or open the program.</source>
            <translation>该数据文件夹中尚未设置创建活动。请运行“init”命令或打开程序进行设置。</translation>
        </message>
        <message>
            <source>Phase {0} has no name.</source>
            <translation>第{0}个阶段没有名称。</translation>
        </message>
        <message>
            <source>Phase “{0}” ends before it starts.</source>
            <translation>阶段“{0}”的结束日期早于开始日期。</translation>
        </message>
        <message>
            <source>Phase “{0}” lies outside the campaign's dates.</source>
            <translation>阶段“{0}”超出了创建活动的起止日期。</translation>
        </message>
        <message>
            <source>The campaign must end after it starts.</source>
            <translation>创建活动的结束日期必须晚于开始日期。</translation>
        </message>
        <message>
            <source>The campaign needs a name.</source>
            <translation>请填写创建活动名称。</translation>
        </message>
        <message>
            <source>The campaign needs a region (city or district).</source>
            <translation>请填写所在城市或区县。</translation>
        </message>
        <message>
            <source>The campaign was not changed.</source>
            <translation>创建活动未修改。</translation>
        </message>
        <message>
            <source>The campaign was not created.</source>
            <translation>创建活动未建立。</translation>
        </message>
        <message>
            <source>The level must be 国家 or 省级.</source>
            <translation>创建级别只能是“国家”或“省级”。</translation>
        </message>
        <message>
            <source>The monthly report due day must be between 1 and 28.</source>
            <translation>月度报送截止日须在1日至28日之间。</translation>
        </message>
        <message>
            <source>The population must be between 0 and 50,000,000 residents.</source>
            <translation>常住人口须在0至5000万之间。</translation>
        </message>
        <message>
            <source>There is no rule set with the code “{0}”.</source>
            <translation>没有代码为“{0}”的评价细则。</translation>
        </message>
        <message>
            <source>This data folder already holds a campaign; edit it under 设置.</source>
            <translation>该数据文件夹中已有创建活动，请在“设置”中修改。</translation>
        </message>
        <message>
            <source>A provincial campaign is judged by its province's rule set: load it from Excel first and choose it, or choose the national rule set (national-2021) to start with.</source>
            <translation>省级创建按本省的评价标准评价：请先用 framework import 导入本省标准并用 --rule-set 选用，或用 --rule-set national-2021 先选用国家细则。</translation>
        </message>
        <message>
            <source>The database on the server already holds a campaign; edit it under 设置.</source>
            <translation>服务器上的数据库已有创建活动（一个数据库只放一个创建活动），未作任何更改；如需修改请到“设置”中进行。</translation>
        </message>
        <message>
            <source>setting up the campaign</source>
            <translation>新建创建活动</translation>
        </message>
        <message>
            <source>A phase's name</source>
            <translation>阶段名称</translation>
        </message>
        <message>
            <source>The campaign's name</source>
            <translation>创建活动名称</translation>
        </message>
        <message>
            <source>The issuing office</source>
            <translation>发文机关</translation>
        </message>
        <message>
            <source>The region</source>
            <translation>城市或区县</translation>
        </message>
        <message>
            <source>{0} has {1} characters; at most {2} are taken (“{3}…”).</source>
            <translation>{0}有 {1} 个字，最多 {2} 个字（“{3}…”）。</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source> (inactive)</source>
            <translation>（已停用）</translation>
        </message>
        <message>
            <source>Campaign “{0}” set up in {1}.</source>
            <translation>已在 {1} 中设置创建活动“{0}”。</translation>
        </message>
        <message>
            <source>Demo campaign “{0}” built in {1}.</source>
            <translation>已在 {1} 中生成演示数据“{0}”。</translation>
        </message>
        <message>
            <source>Error: </source>
            <translation>错误：</translation>
        </message>
        <message>
            <source>Rule set written to {0}.</source>
            <translation>评价细则已导出到 {0}。</translation>
        </message>
        <message>
            <source>Rule set “{0}” imported: {1} items.</source>
            <translation>已导入评价细则“{0}”，共 {1} 项。</translation>
        </message>
        <message>
            <source>Unexpected error; details were written to {0}</source>
            <translation>程序出现意外错误，详细信息已写入 {0}</translation>
        </message>
        <message>
            <source>Units imported: {0} new, {1} updated.</source>
            <translation>成员单位导入完成：新增 {0} 个，更新 {1} 个。</translation>
        </message>
        <message>
            <source>Units written to {0}.</source>
            <translation>成员单位名单已导出到 {0}。</translation>
        </message>
        <message>
            <source>Veto items:</source>
            <translation>否决项：</translation>
        </message>
        <message>
            <source>add or update units from a workbook</source>
            <translation>从 Excel 工作簿新增或更新成员单位</translation>
        </message>
        <message>
            <source>build a demo campaign in an empty data folder</source>
            <translation>在空的数据文件夹中生成演示数据</translation>
        </message>
        <message>
            <source>campaign name</source>
            <translation>创建活动名称</translation>
        </message>
        <message>
            <source>check that the program can run, then exit</source>
            <translation>自检程序能否正常运行，然后退出</translation>
        </message>
        <message>
            <source>city or district</source>
            <translation>城市或区县</translation>
        </message>
        <message>
            <source>data folder (default: $FOODSAFETY_DESK_DATA or the user data folder)</source>
            <translation>数据文件夹（默认：环境变量 FOODSAFETY_DESK_DATA 或用户数据文件夹）</translation>
        </message>
        <message>
            <source>first day, YYYY-MM-DD</source>
            <translation>开始日期，格式 YYYY-MM-DD</translation>
        </message>
        <message>
            <source>issuing office</source>
            <translation>发文机关</translation>
        </message>
        <message>
            <source>last day, YYYY-MM-DD</source>
            <translation>结束日期，格式 YYYY-MM-DD</translation>
        </message>
        <message>
            <source>list the units</source>
            <translation>列出成员单位</translation>
        </message>
        <message>
            <source>load a rule set from a workbook</source>
            <translation>从 Excel 工作簿导入评价细则</translation>
        </message>
        <message>
            <source>make it the campaign's rule set</source>
            <translation>导入后用作本创建活动的评价细则</translation>
        </message>
        <message>
            <source>member units</source>
            <translation>成员单位</translation>
        </message>
        <message>
            <source>monthly report due day</source>
            <translation>月度报送截止日</translation>
        </message>
        <message>
            <source>open the program window</source>
            <translation>打开程序窗口</translation>
        </message>
        <message>
            <source>print the campaign's rule set</source>
            <translation>显示本创建活动的评价细则</translation>
        </message>
        <message>
            <source>render a page offscreen to a PNG file</source>
            <translation>在后台将页面截图保存为 PNG 文件</translation>
        </message>
        <message>
            <source>resident population</source>
            <translation>常住人口</translation>
        </message>
        <message>
            <source>set up the campaign in the data folder</source>
            <translation>在数据文件夹中设置创建活动</translation>
        </message>
        <message>
            <source>the rule set (评价细则)</source>
            <translation>评价细则</translation>
        </message>
        <message>
            <source>total</source>
            <translation>总分</translation>
        </message>
        <message>
            <source>write the rule set to a workbook</source>
            <translation>将评价细则导出为 Excel 工作簿</translation>
        </message>
        <message>
            <source>write the units to a workbook</source>
            <translation>将成员单位导出为 Excel 工作簿</translation>
        </message>
        <message>
            <source>“{0}” is not a date like 2025-03-26.</source>
            <translation>“{0}”不是有效日期，请按 2025-03-26 的格式填写。</translation>
        </message>
        <message>
            <source>Altered: {0} ({1})</source>
            <translation>已被改动：{0}（{1}）</translation>
        </message>
        <message>
            <source>Filed #{0} “{1}” under item ({2}).</source>
            <translation>已将 #{0}“{1}”归档到第({2})项。</translation>
        </message>
        <message>
            <source>Missing: {0} ({1})</source>
            <translation>文件缺失：{0}（{1}）</translation>
        </message>
        <message>
            <source>Not taken: {0}</source>
            <translation>未归档：{0}</translation>
        </message>
        <message>
            <source>date the document was made, YYYY-MM-DD</source>
            <translation>形成日期，格式 YYYY-MM-DD</translation>
        </message>
        <message>
            <source>document number (文号)</source>
            <translation>文号</translation>
        </message>
        <message>
            <source>evidence (佐证材料)</source>
            <translation>佐证材料</translation>
        </message>
        <message>
            <source>file evidence under an item</source>
            <translation>将佐证材料归档到评价内容</translation>
        </message>
        <message>
            <source>item number, e.g. 85</source>
            <translation>项号，例如 85</translation>
        </message>
        <message>
            <source>list filed evidence</source>
            <translation>列出已归档的佐证材料</translation>
        </message>
        <message>
            <source>list the recycle bin instead</source>
            <translation>改为列出回收站中的材料</translation>
        </message>
        <message>
            <source>may be shown to the public</source>
            <translation>可公开</translation>
        </message>
        <message>
            <source>month it belongs to, YYYY-MM (default: this month)</source>
            <translation>所属月份，格式 YYYY-MM（默认本月）</translation>
        </message>
        <message>
            <source>move records to the recycle bin</source>
            <translation>将材料移入回收站</translation>
        </message>
        <message>
            <source>re-hash every stored file</source>
            <translation>重新校验全部已存文件</translation>
        </message>
        <message>
            <source>responsible unit</source>
            <translation>责任单位</translation>
        </message>
        <message>
            <source>take records back out of the recycle bin</source>
            <translation>从回收站恢复材料</translation>
        </message>
        <message>
            <source>title (default: the file name)</source>
            <translation>标题（默认用文件名）</translation>
        </message>
        <message>
            <source>{0} filed, {1} not taken.</source>
            <translation>归档 {0} 份，未归档 {1} 份。</translation>
        </message>
        <message>
            <source>{0} record(s) moved to the recycle bin.</source>
            <translation>已将 {0} 份材料移入回收站。</translation>
        </message>
        <message>
            <source>{0} record(s) restored.</source>
            <translation>已恢复 {0} 份材料。</translation>
        </message>
        <message>
            <source>{0} stored files checked: {1} missing, {2} altered.</source>
            <translation>已校验 {0} 个文件：缺失 {1} 个，被改动 {2} 个。</translation>
        </message>
        <message>
            <source>find evidence by words in its title, 文号, note or text</source>
            <translation>按标题、文号、备注或文件内容查找佐证材料</translation>
        </message>
        <message>
            <source>Backup written to {0}: {1} files, {2:.1f} MB, checked.</source>
            <translation>备份已写入 {0}：{1} 个文件，{2:.1f} MB，已检查无误。</translation>
        </message>
        <message>
            <source>Restored from {0}.</source>
            <translation>已从 {0} 恢复。</translation>
        </message>
        <message>
            <source>Restored from {0}; the previous data was kept in {1}.</source>
            <translation>已从 {0} 恢复；原有数据保留在 {1}。</translation>
        </message>
        <message>
            <source>backup file (.fsdbak)</source>
            <translation>备份文件（.fsdbak）</translation>
        </message>
        <message>
            <source>replace the data with a backup (the current data is kept aside)</source>
            <translation>用备份替换现有数据（现有数据另行保留）</translation>
        </message>
        <message>
            <source>write a one-file backup of the data folder</source>
            <translation>将数据文件夹备份为一个文件</translation>
        </message>
        <message>
            <source>Binder written to {0}: {1} files.</source>
            <translation>迎检资料已导出到 {0}：共 {1} 个文件。</translation>
        </message>
        <message>
            <source>File missing, not in the binder: #{0} “{1}”</source>
            <translation>文件缺失，未导出：#{0}“{1}”</translation>
        </message>
        <message>
            <source>only evidence reviewed as 合格</source>
            <translation>只导出审核为“合格”的材料</translation>
        </message>
        <message>
            <source>write the inspection binder (迎检资料) into a folder</source>
            <translation>将迎检资料导出到文件夹</translation>
        </message>
        <message>
            <source>mark records 合格, 退回 or back to 待审核</source>
            <translation>把材料标记为合格、退回或改回待审核</translation>
        </message>
        <message>
            <source>why it is returned (required with 退回)</source>
            <translation>退回原因（退回时必填）</translation>
        </message>
        <message>
            <source>{0} record(s) marked {1}.</source>
            <translation>已将 {0} 条材料标记为{1}。</translation>
        </message>
        <message>
            <source>the plan's task it belongs to, by its number, e.g. G1-01</source>
            <translation>所属的实施方案任务编号，如 G1-01</translation>
        </message>
        <message>
            <source>which tab of the page, counting from 0</source>
            <translation>页面中的第几个标签页（从 0 起）</translation>
        </message>
        <message>
            <source>--map takes NAME=UNIT, e.g. --map 新区管委会=昌都经济开发区管委会.</source>
            <translation>--map 的写法是 名称=单位，例如 --map 新区管委会=昌都经济开发区管委会。</translation>
        </message>
        <message>
            <source>Responsibility table imported: {0} items, {1} unit assignments.</source>
            <translation>已导入指标任务责任分解表：{0} 项，{1} 条单位分工。</translation>
        </message>
        <message>
            <source>Tasks imported: {0} new, {1} updated, {2} unchanged.</source>
            <translation>已导入任务：新增 {0} 项，更新 {1} 项，未变 {2} 项。</translation>
        </message>
        <message>
            <source>Tasks written to {0}.</source>
            <translation>任务已导出到 {0}。</translation>
        </message>
        <message>
            <source>add or update tasks from the office's task table</source>
            <translation>从任务分解表新增或更新任务</translation>
        </message>
        <message>
            <source>create units for names still unknown</source>
            <translation>为仍无法识别的名称新建成员单位</translation>
        </message>
        <message>
            <source>list the tasks</source>
            <translation>列出任务</translation>
        </message>
        <message>
            <source>only tasks past their deadline</source>
            <translation>只列出已逾期的任务</translation>
        </message>
        <message>
            <source>only this unit's tasks</source>
            <translation>只列出该单位的任务</translation>
        </message>
        <message>
            <source>take the departments of each item from a workbook</source>
            <translation>从表格读取各项目的责任部门</translation>
        </message>
        <message>
            <source>the indicator responsibility table (指标任务责任分解表)</source>
            <translation>指标任务责任分解表</translation>
        </message>
        <message>
            <source>the plan's tasks</source>
            <translation>实施方案的任务</translation>
        </message>
        <message>
            <source>write the task list to a workbook</source>
            <translation>把任务清单导出为 Excel</translation>
        </message>
        <message>
            <source>which column holds what, as 任务=B,牵头单位=C, when the header is not recognised</source>
            <translation>表头无法识别时指定各列内容，如 任务=B,牵头单位=C</translation>
        </message>
        <message>
            <source>with --columns: the last header row; data starts below it (default 1)</source>
            <translation>与 --columns 同用：表头的最后一行，数据从其下一行开始（默认 1）</translation>
        </message>
        <message>
            <source> (noted only: not the lead unit)</source>
            <translation>（仅记入历史：非牵头单位）</translation>
        </message>
        <message>
            <source> (replaces the entry of {0:%Y-%m-%d})</source>
            <translation>（替换 {0:%Y-%m-%d} 报送的内容）</translation>
        </message>
        <message>
            <source>No workbook was found in what was given.</source>
            <translation>所给的文件或文件夹中没有找到工作簿。</translation>
        </message>
        <message>
            <source>There is no unit “{0}”.</source>
            <translation>没有名为“{0}”的单位。</translation>
        </message>
        <message>
            <source>folder for the workbooks</source>
            <translation>存放工作簿的文件夹</translation>
        </message>
        <message>
            <source>only check and show what would change</source>
            <translation>只检查并列出将会更改的内容，不保存</translation>
        </message>
        <message>
            <source>only this unit (may be repeated)</source>
            <translation>只生成该单位的（可重复使用）</translation>
        </message>
        <message>
            <source>refuse workbooks for any other month</source>
            <translation>拒收其他月份的报表</translation>
        </message>
        <message>
            <source>take in returned workbooks (files or folders)</source>
            <translation>导入各单位交回的报表（文件或文件夹）</translation>
        </message>
        <message>
            <source>the monthly reports of the member units</source>
            <translation>成员单位月度报送</translation>
        </message>
        <message>
            <source>who reported a month on time, late, or not at all</source>
            <translation>某月各单位按时、逾期或未报送情况</translation>
        </message>
        <message>
            <source>write each unit's fill-in workbook for a month</source>
            <translation>生成某月各单位的填报表</translation>
        </message>
        <message>
            <source>{0} workbook(s) written to {1}.</source>
            <translation>已生成 {0} 个工作簿，保存在 {1}。</translation>
        </message>
        <message>
            <source>Its tables were written to {0}.</source>
            <translation>通报中的表格已写入 {0}。</translation>
        </message>
        <message>
            <source>The bulletin was written to {0} (SHA-256 {1}).</source>
            <translation>月度工作通报已生成：{0}（SHA-256 {1}）。</translation>
        </message>
        <message>
            <source>also write the bulletin's tables to this workbook</source>
            <translation>同时把通报中的表格写入此工作簿</translation>
        </message>
        <message>
            <source>printable reports</source>
            <translation>可打印的报表</translation>
        </message>
        <message>
            <source>the PDF file to write</source>
            <translation>要生成的 PDF 文件</translation>
        </message>
        <message>
            <source>the monthly bulletin (月度工作通报) as PDF</source>
            <translation>月度工作通报（PDF）</translation>
        </message>
        <message>
            <source>the day these reports came in, YYYY-MM-DD (else the 填报日期, else the file's saved day)</source>
            <translation>这些报送表的收到日期，格式 YYYY-MM-DD（不填则取表中的填报日期，未填写的取文件保存日期）</translation>
        </message>
        <message>
            <source>a note kept with the record</source>
            <translation>随材料保存的备注</translation>
        </message>
        <message>
            <source>files or folders to file</source>
            <translation>要归档的文件或文件夹</translation>
        </message>
        <message>
            <source>national (国家) or provincial (省级) campaign; default 国家</source>
            <translation>创建级别：国家 或 省级；默认 国家</translation>
        </message>
        <message>
            <source>one of {0} (default: by the file's type)</source>
            <translation>{0} 之一（默认按文件类型：图片为照片）</translation>
        </message>
        <message>
            <source>only this category</source>
            <translation>只列此类别</translation>
        </message>
        <message>
            <source>only this item's evidence</source>
            <translation>只列此评价内容的材料</translation>
        </message>
        <message>
            <source>only this month, YYYY-MM</source>
            <translation>只列此月份，格式 YYYY-MM</translation>
        </message>
        <message>
            <source>only this unit's evidence</source>
            <translation>只列此单位的材料</translation>
        </message>
        <message>
            <source>print JSON instead of text</source>
            <translation>以 JSON 格式输出</translation>
        </message>
        <message>
            <source>record numbers</source>
            <translation>材料编号</translation>
        </message>
        <message>
            <source>returned workbooks or folders of them</source>
            <translation>交回的报送表或其所在文件夹</translation>
        </message>
        <message>
            <source>the PNG file to write</source>
            <translation>要写入的 PNG 文件</translation>
        </message>
        <message>
            <source>the backup to restore</source>
            <translation>要恢复的备份文件</translation>
        </message>
        <message>
            <source>the folder to write the binder into</source>
            <translation>写入迎检资料的文件夹</translation>
        </message>
        <message>
            <source>the office's workbook</source>
            <translation>本办的工作簿</translation>
        </message>
        <message>
            <source>the review: 合格, 退回 or 待审核</source>
            <translation>审核结果：合格、退回 或 待审核</translation>
        </message>
        <message>
            <source>the sheet to read (default: the one that holds the table)</source>
            <translation>要读取的工作表（默认：含该表的工作表）</translation>
        </message>
        <message>
            <source>the words to find (two characters are enough)</source>
            <translation>要查找的词语（两个字即可）</translation>
        </message>
        <message>
            <source>the workbook to read</source>
            <translation>要读取的工作簿</translation>
        </message>
        <message>
            <source>the workbook to write</source>
            <translation>要写入的工作簿</translation>
        </message>
        <message>
            <source>which page: {0}</source>
            <translation>页面：{0}</translation>
        </message>
        <message>
            <source>window height in pixels (default 800)</source>
            <translation>窗口高度，单位像素（默认 800）</translation>
        </message>
        <message>
            <source>window width in pixels (default 1280)</source>
            <translation>窗口宽度，单位像素（默认 1280）</translation>
        </message>
        <message>
            <source>“{0} --help” lists what this command takes.</source>
            <translation>运行“{0} --help”可查看此命令的用法。</translation>
        </message>
        <message>
            <source>“{0}” is not a whole number: write it in digits, such as 960000.</source>
            <translation>“{0}”不是整数：请只用数字填写，例如 960000。</translation>
        </message>
        <message>
            <source>ACTION</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>COMMAND</source>
            <translation>命令</translation>
        </message>
        <message>
            <source>DAY</source>
            <translation>日</translation>
        </message>
        <message>
            <source>DIR</source>
            <translation>文件夹</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>FILE.fsdbak</source>
            <translation>备份文件.fsdbak</translation>
        </message>
        <message>
            <source>FILE.xlsx</source>
            <translation>工作簿.xlsx</translation>
        </message>
        <message>
            <source>FILE_OR_DIR</source>
            <translation>文件或文件夹</translation>
        </message>
        <message>
            <source>FOLDER</source>
            <translation>文件夹</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>ITEM NO.</source>
            <translation>项号</translation>
        </message>
        <message>
            <source>N</source>
            <translation>行号</translation>
        </message>
        <message>
            <source>NAME=COL,…</source>
            <translation>字段=列,…</translation>
        </message>
        <message>
            <source>NAME=UNIT</source>
            <translation>名称=单位</translation>
        </message>
        <message>
            <source>NUMBER</source>
            <translation>数字</translation>
        </message>
        <message>
            <source>TASK NO.</source>
            <translation>任务编号</translation>
        </message>
        <message>
            <source>TEXT</source>
            <translation>文字</translation>
        </message>
        <message>
            <source>UNIT</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>WORDS</source>
            <translation>词语</translation>
        </message>
        <message>
            <source>YYYY-MM</source>
            <translation>年-月</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>年-月-日</translation>
        </message>
        <message>
            <source>CODE</source>
            <translation>代码</translation>
        </message>
        <message>
            <source>the rule set's code (default: national-2021 for a national campaign; a provincial one must name its province's, loaded with “framework import”, or national-2021)</source>
            <translation>评价标准的代码（国家级创建默认 national-2021；省级创建须指定用 framework import 导入的本省标准，或 national-2021）</translation>
        </message>
        <message>
            <source>Rows passed over ({0}):</source>
            <translation>已跳过的行（{0} 行）：</translation>
        </message>
        <message>
            <source>take a name in the workbook as this member unit (remembered as an alias); NAME= creates it, NAME=* means every member unit, NAME=乡镇/街道 or NAME=县/区 every unit of the kind, NAME=- leaves it out</source>
            <translation>把工作簿中的名称当作此成员单位（记为别名）；名称= 表示新建该单位，名称=* 表示全部成员单位，名称=乡镇/街道 或 名称=县/区 表示该类全部单位，名称=- 表示忽略</translation>
        </message>
        <message>
            <source>A dry run: nothing was saved.</source>
            <translation>这是试运行，没有保存任何内容。</translation>
        </message>
        <message>
            <source>only check and show what would change; nothing is saved</source>
            <translation>只检查并显示将会发生的变化，不保存</translation>
        </message>
        <message>
            <source>--choose takes PATH=ITEM or PATH=-, not “{0}”.</source>
            <translation>--choose 的写法是 路径=项号 或 路径=-，不是“{0}”。</translation>
        </message>
        <message>
            <source>Dry run: {0} files would be filed, {1} are unmatched; nothing was filed.</source>
            <translation>试运行：将归档 {0} 个文件，{1} 个未匹配；未归档任何文件。</translation>
        </message>
        <message>
            <source>Not filed (no item): {0}</source>
            <translation>未归档（未对应事项）：{0}</translation>
        </message>
        <message>
            <source>PATH=ITEM</source>
            <translation>路径=项号</translation>
        </message>
        <message>
            <source>file PATH (as listed) under ITEM, or leave it out with PATH=-; may be repeated</source>
            <translation>把某个文件（路径按列表所示）归到指定项号下，写 路径=- 表示不归档；可重复</translation>
        </message>
        <message>
            <source>file a unit's evidence folder or zip, each file matched to its item</source>
            <translation>导入单位报送的佐证文件夹或压缩包，每个文件自动对应到评价事项</translation>
        </message>
        <message>
            <source>only show the matching; file nothing</source>
            <translation>只显示匹配结果，不归档</translation>
        </message>
        <message>
            <source>passed over	{0}	not evidence (system or temporary file)</source>
            <translation>已跳过	{0}	不是佐证材料（系统文件或临时文件）</translation>
        </message>
        <message>
            <source>print the matching as JSON</source>
            <translation>以 JSON 输出匹配结果</translation>
        </message>
        <message>
            <source>the folder (or .zip) the unit sent</source>
            <translation>单位报送的文件夹（或 .zip 压缩包）</translation>
        </message>
        <message>
            <source>the unit that sent it</source>
            <translation>报送单位</translation>
        </message>
        <message>
            <source>unmatched</source>
            <translation>未匹配</translation>
        </message>
        <message>
            <source>{0} filed, {1} not taken, {2} unmatched.</source>
            <translation>已归档 {0} 个，未收取 {1} 个，未匹配 {2} 个。</translation>
        </message>
        <message>
            <source>Name a backup file to restore, or --previous to go back, not both.</source>
            <translation>请指定要恢复的备份文件，或用 --previous 回到上次恢复前的数据，二者只能选一。</translation>
        </message>
        <message>
            <source>The data it replaced is kept in {0}.</source>
            <translation>被替换的数据保存在 {0}。</translation>
        </message>
        <message>
            <source>The data kept in {0} is back in place.</source>
            <translation>{0} 中保存的数据已恢复到原处。</translation>
        </message>
        <message>
            <source>go back to the data the last restore replaced (kept in before-restore-…)</source>
            <translation>回到上次恢复备份前的数据</translation>
        </message>
        <message>
            <source>restore it even though it holds another campaign than the current data</source>
            <translation>即使备份中是另一个创建活动的数据也恢复</translation>
        </message>
        <message>
            <source>Not needed: {0}</source>
            <translation>无用：{0}</translation>
        </message>
        <message>
            <source>also remove store files no record uses and what interrupted work left behind</source>
            <translation>同时删除没有任何记录使用的材料库文件，以及中断的操作留下的文件</translation>
        </message>
        <message>
            <source>{0} item(s) no record needs were removed.</source>
            <translation>已删除 {0} 个无用的文件或文件夹。</translation>
        </message>
        <message>
            <source>{0} item(s) no record needs; remove them with --repair.</source>
            <translation>有 {0} 个无用的文件或文件夹，可加 --repair 删除。</translation>
        </message>
        <message>
            <source>the history of changes (操作记录)</source>
            <translation>操作记录</translation>
        </message>
        <message>
            <source>The database is damaged: {0}. Restore the last good backup.</source>
            <translation>数据库已损坏：{0}。请恢复最近一次完好的备份。</translation>
        </message>
        <message>
            <source>from this day, YYYY-MM-DD</source>
            <translation>从这一天起，格式 YYYY-MM-DD</translation>
        </message>
        <message>
            <source>list the changes, newest first</source>
            <translation>列出操作记录，最新的在前</translation>
        </message>
        <message>
            <source>only changes to this kind of record, e.g. unit, task, evidence</source>
            <translation>只看这类记录的操作（写法与“audit list --json”输出中的类别相同）</translation>
        </message>
        <message>
            <source>only changes whose description holds these words</source>
            <translation>只看内容中含有这些文字的操作</translation>
        </message>
        <message>
            <source>only this person's changes</source>
            <translation>只看此人的操作</translation>
        </message>
        <message>
            <source>up to this day, YYYY-MM-DD</source>
            <translation>到这一天为止，格式 YYYY-MM-DD</translation>
        </message>
        <message>
            <source>write the changes to an Excel workbook</source>
            <translation>把操作记录导出为 Excel 工作簿</translation>
        </message>
        <message>
            <source>{0} changes written to {1}.</source>
            <translation>已将 {0} 条操作记录写入 {1}。</translation>
        </message>
        <message>
            <source>Blank cells left as the tasks had them ({0}); add --clear-blank to clear them:</source>
            <translation>以下 {0} 个空白单元格未清除任务原有内容；如要清除，请加 --clear-blank：</translation>
        </message>
        <message>
            <source>a blank cell clears what a task had there (without it, a blank cell leaves the task as it is)</source>
            <translation>空白单元格清除任务原有的内容（不加此选项时，空白单元格不改动任务）</translation>
        </message>
        <message>
            <source>Blank cells left as the units had them ({0}); add --clear-blank to clear them:</source>
            <translation>以下 {0} 个空白单元格未清除单位原有内容；如要清除，请加 --clear-blank：</translation>
        </message>
        <message>
            <source>a blank cell clears what a unit had there (without it, a blank cell leaves the unit as it is)</source>
            <translation>空白单元格清除单位原有的内容（不加此选项时，空白单元格不改动单位）</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>New password: </source>
            <translation>新密码：</translation>
        </message>
        <message>
            <source>Password for {0}: </source>
            <translation>{0} 的密码：</translation>
        </message>
        <message>
            <source>Recovery code (write it down and keep it safe; it is shown only now): {0}</source>
            <translation>恢复码（请抄下并妥善保管，只显示这一次）：{0}</translation>
        </message>
        <message>
            <source>The new password again: </source>
            <translation>再输一遍新密码：</translation>
        </message>
        <message>
            <source>The password of {0} was set anew.</source>
            <translation>已为 {0} 设置新密码。</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
        <message>
            <source>Users are off: the program starts without a login.</source>
            <translation>用户功能已关闭：程序启动时不再需要登录。</translation>
        </message>
        <message>
            <source>Users are on for this data folder: name yourself with --user NAME.</source>
            <translation>此数据文件夹已开启用户功能，请用 --user 姓名 登录。</translation>
        </message>
        <message>
            <source>Users are on; {0} is the administrator.</source>
            <translation>用户功能已开启，{0} 为管理员。</translation>
        </message>
        <message>
            <source>add a person with a role</source>
            <translation>添加人员并指定角色</translation>
        </message>
        <message>
            <source>give a person a new password</source>
            <translation>为人员设置新密码</translation>
        </message>
        <message>
            <source>give a person another role</source>
            <translation>更改人员的角色</translation>
        </message>
        <message>
            <source>list the people and their roles</source>
            <translation>列出人员及其角色</translation>
        </message>
        <message>
            <source>locked</source>
            <translation>已锁定</translation>
        </message>
        <message>
            <source>log in as this person (needed once the office has turned users on)</source>
            <translation>以此人身份登录（开启用户功能后需要）</translation>
        </message>
        <message>
            <source>one of {0}</source>
            <translation>可选：{0}</translation>
        </message>
        <message>
            <source>people and their roles (off until turned on)</source>
            <translation>人员与角色（默认关闭）</translation>
        </message>
        <message>
            <source>set a forgotten administrator password with the recovery code printed at enable</source>
            <translation>用开启用户功能时给出的恢复码重设管理员密码</translation>
        </message>
        <message>
            <source>the administrator's name</source>
            <translation>管理员姓名</translation>
        </message>
        <message>
            <source>the first administrator</source>
            <translation>第一位管理员</translation>
        </message>
        <message>
            <source>the person's name</source>
            <translation>人员姓名</translation>
        </message>
        <message>
            <source>the recovery code</source>
            <translation>恢复码</translation>
        </message>
        <message>
            <source>turn users off (no login at start)</source>
            <translation>关闭用户功能（启动时不需要登录）</translation>
        </message>
        <message>
            <source>turn users on, with a first administrator (login at start)</source>
            <translation>开启用户功能并设第一位管理员（启动时需要登录）</translation>
        </message>
        <message>
            <source>{0} added as {1}.</source>
            <translation>已添加 {0}，角色为{1}。</translation>
        </message>
        <message>
            <source>{0} is now {1}.</source>
            <translation>{0} 的角色已改为{1}。</translation>
        </message>
        <message>
            <source>ITEM</source>
            <translation>项号</translation>
        </message>
        <message>
            <source>Kept. Total now {0:g}.</source>
            <translation>已保存。当前总分 {0:g}。</translation>
        </message>
        <message>
            <source>POINT</source>
            <translation>要点</translation>
        </message>
        <message>
            <source>SCORE</source>
            <translation>分数</translation>
        </message>
        <message>
            <source>Total: {0:g} of {1:g}</source>
            <translation>总分：{0:g}（满分 {1:g}）</translation>
        </message>
        <message>
            <source>Veto item ({0}): {1}.</source>
            <translation>否决项（{0}）：{1}。</translation>
        </message>
        <message>
            <source>mark a veto item</source>
            <translation>标记否决项</translation>
        </message>
        <message>
            <source>score an evaluation point (or an item of it)</source>
            <translation>为评价要点（或其中一项）打分</translation>
        </message>
        <message>
            <source>the item, for a point that counts any N of its items</source>
            <translation>项号（用于“任选 N 项”的要点）</translation>
        </message>
        <message>
            <source>the point's number, e.g. 29</source>
            <translation>要点序号，如 29</translation>
        </message>
        <message>
            <source>the score, in half points</source>
            <translation>分数，以 0.5 分为单位</translation>
        </message>
        <message>
            <source>the scores by category, the total and the veto items</source>
            <translation>各类别得分、总分和否决项</translation>
        </message>
        <message>
            <source>the self-assessment (自查自评)</source>
            <translation>自查自评</translation>
        </message>
        <message>
            <source>the veto item, e.g. 90</source>
            <translation>否决项项号，如 90</translation>
        </message>
        <message>
            <source>what the score rests on</source>
            <translation>打分依据</translation>
        </message>
        <message>
            <source>Kept: {0} = {1:g}.</source>
            <translation>已保存：{0} = {1:g}。</translation>
        </message>
        <message>
            <source>TARGET</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>VALUE</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>each target, its latest value and whether it is met</source>
            <translation>各项指标的最新数值及是否达标</translation>
        </message>
        <message>
            <source>keep a measured value</source>
            <translation>记录一个测得的数值</translation>
        </message>
        <message>
            <source>met</source>
            <translation>达标</translation>
        </message>
        <message>
            <source>not met</source>
            <translation>未达标</translation>
        </message>
        <message>
            <source>the campaign's measured targets</source>
            <translation>创建的量化指标</translation>
        </message>
        <message>
            <source>the target's code, e.g. M03</source>
            <translation>指标编号，如 M03</translation>
        </message>
        <message>
            <source>the unit it is for (default: the whole campaign)</source>
            <translation>数值所属的单位（默认为全市）</translation>
        </message>
        <message>
            <source>the value: 98.5 (a percentage), 0.985, 197/200 or a count</source>
            <translation>数值：98.5（百分数）、0.985、197/200 或一个数量</translation>
        </message>
        <message>
            <source>the year or month it is for, YYYY or YYYY-MM</source>
            <translation>数值所属的年份或月份，格式 YYYY 或 YYYY-MM</translation>
        </message>
        <message>
            <source>where the value comes from</source>
            <translation>数值来源</translation>
        </message>
        <message>
            <source>Finding {0}: {1}.</source>
            <translation>问题 {0}：{1}。</translation>
        </message>
        <message>
            <source>an inspection's list of findings from a workbook</source>
            <translation>从工作簿导入一次检查发现的问题清单</translation>
        </message>
        <message>
            <source>follow a finding's rectification</source>
            <translation>更新问题的整改状态</translation>
        </message>
        <message>
            <source>inspections' findings to rectify (整改)</source>
            <translation>检查发现的问题及整改</translation>
        </message>
        <message>
            <source>only those not yet rectified</source>
            <translation>只看尚未整改完成的</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <source>the day of the inspection, YYYY-MM-DD</source>
            <translation>检查日期，格式 YYYY-MM-DD</translation>
        </message>
        <message>
            <source>the finding's number</source>
            <translation>问题编号</translation>
        </message>
        <message>
            <source>the findings, the overdue first</source>
            <translation>列出问题，逾期的在前</translation>
        </message>
        <message>
            <source>the kind of inspection</source>
            <translation>检查类型</translation>
        </message>
        <message>
            <source>the list: 单位, 问题, 项号, 整改时限</source>
            <translation>问题清单：单位、问题、项号、整改时限</translation>
        </message>
        <message>
            <source>what was done</source>
            <translation>整改情况</translation>
        </message>
        <message>
            <source>who inspected</source>
            <translation>检查组织者</translation>
        </message>
        <message>
            <source>{0} findings imported.</source>
            <translation>已导入 {0} 个问题。</translation>
        </message>
        <message>
            <source>Snapshot “{0}” kept: total {1:g}.</source>
            <translation>已保存快照“{0}”：总分 {1:g}。</translation>
        </message>
        <message>
            <source>Total: {0:g} then, {1:g} now</source>
            <translation>总分：当时 {0:g}，现在 {1:g}</translation>
        </message>
        <message>
            <source>keep the assessment as it stands under a name</source>
            <translation>将当前自评结果保存为快照</translation>
        </message>
        <message>
            <source>show a kept snapshot and what moved since</source>
            <translation>显示已保存的快照及其后的变化</translation>
        </message>
        <message>
            <source>the snapshot's name, e.g. 自查1</source>
            <translation>快照名称，如 自查1</translation>
        </message>
        <message>
            <source>A snapshot's report is drawn as it was: --since and --date do not go with it.</source>
            <translation>快照的报告按快照当时的内容生成，不能同时使用 --since 或 --date。</translation>
        </message>
        <message>
            <source>The report was written to {0} (SHA-256 {1}).</source>
            <translation>报告已写入 {0}（SHA-256 {1}）。</translation>
        </message>
        <message>
            <source>also write the report's tables to this workbook</source>
            <translation>同时将报告中的表格写入此工作簿</translation>
        </message>
        <message>
            <source>show the change since a kept snapshot</source>
            <translation>显示与已保存快照相比的变化</translation>
        </message>
        <message>
            <source>the report of a kept snapshot, as it was</source>
            <translation>按已保存快照当时的内容生成报告</translation>
        </message>
        <message>
            <source>the report's date (default today)</source>
            <translation>报告日期（默认今天）</translation>
        </message>
        <message>
            <source>the self-assessment report (自查自评报告) as PDF</source>
            <translation>自查自评报告（PDF）</translation>
        </message>
        <message>
            <source>where the campaign stands if the inspectors came tomorrow</source>
            <translation>迎检准备：假如明天迎检，创建工作的情况</translation>
        </message>
        <message>
            <source>a task the score rests on (may be repeated)</source>
            <translation>得分所依据的任务编号（可重复）</translation>
        </message>
        <message>
            <source>an evidence record the score rests on (its number; may be repeated)</source>
            <translation>得分所依据的佐证材料编号（可重复）</translation>
        </message>
        <message>
            <source>what the inspection covered</source>
            <translation>检查范围</translation>
        </message>
        <message>
            <source>a file the value was taken from, filed as evidence (may be repeated)</source>
            <translation>数值所依据的文件，作为佐证材料归档（可重复）</translation>
        </message>
        <message>
            <source>Cannot read {0}: {1}</source>
            <translation>无法读取 {0}：{1}</translation>
        </message>
        <message>
            <source>a text file with the bulletin's {0}, a paragraph a line</source>
            <translation>文本文件，内容为通报的“{0}”，每行一段</translation>
        </message>
        <message>
            <source>more of 总体情况</source>
            <translation>总体情况（补充）</translation>
        </message>
        <message>
            <source>the bulletin's date (成文日期; default today)</source>
            <translation>通报的成文日期（默认今天）</translation>
        </message>
        <message>
            <source>the date in Chinese or Arabic numerals</source>
            <translation>成文日期用汉字（二〇二六年十月二十六日）或阿拉伯数字（2026年10月26日）</translation>
        </message>
        <message>
            <source>the issue number (期号), printed as the settings' format says (第10期)</source>
            <translation>期号，按设置中的期号格式印出（如 第10期）</translation>
        </message>
        <message>
            <source>下步工作</source>
            <translation>下步工作</translation>
        </message>
        <message>
            <source>存在问题</source>
            <translation>存在问题</translation>
        </message>
        <message>
            <source>The list of what is still missing (for the office, not in the binder): {0}, {1} item(s).</source>
            <translation>尚缺材料清单（供创建办使用，不在迎检资料中）：{0}，共 {1} 项。</translation>
        </message>
        <message>
            <source>also ask the units about the veto items (否决项)</source>
            <translation>表中也列出否决项，请各单位报告</translation>
        </message>
        <message>
            <source>Its Word copy was written to {0}.</source>
            <translation>Word 版已写入 {0}。</translation>
        </message>
        <message>
            <source>also write an editable Word copy of the whole</source>
            <translation>同时生成可编辑的 Word 版</translation>
        </message>
        <message>
            <source>The reminder notice was written to {0}.</source>
            <translation>催办通知单已写入 {0}。</translation>
        </message>
        <message>
            <source>the notice's date (default today)</source>
            <translation>通知单的日期（默认今天）</translation>
        </message>
        <message>
            <source>the reminder notice (催办通知单) to a unit, as PDF</source>
            <translation>生成发给某单位的催办通知单（PDF）</translation>
        </message>
        <message>
            <source>the unit to remind</source>
            <translation>要催办的单位</translation>
        </message>
        <message>
            <source>ROUND</source>
            <translation>轮次</translation>
        </message>
        <message>
            <source>Round {0} removed.</source>
            <translation>已删除报送轮次 {0}。</translation>
        </message>
        <message>
            <source>Round {0} “{1}” added, due {2}.</source>
            <translation>已添加报送轮次 {0}“{1}”，截止日期 {2}。</translation>
        </message>
        <message>
            <source>The units now report: {0}.</source>
            <translation>成员单位今后的报送方式：{0}。</translation>
        </message>
        <message>
            <source>add a round on a fixed date (8月25日, 11月1日)</source>
            <translation>添加规定日期的报送轮次（如 8月25日、11月1日）</translation>
        </message>
        <message>
            <source>its name (default: the day)</source>
            <translation>名称（默认为截止日期）</translation>
        </message>
        <message>
            <source>list the rounds up to now, with what each asks for</source>
            <translation>列出到目前为止的各报送轮次及其报送内容</translation>
        </message>
        <message>
            <source>progress (form)</source>
            <translation>推进情况（报送表）</translation>
        </message>
        <message>
            <source>remove a fixed round that has no reports</source>
            <translation>删除尚无报送的规定日期轮次</translation>
        </message>
        <message>
            <source>report monthly, quarterly or on fixed dates only</source>
            <translation>设置报送方式：每月、每季度或只在规定日期</translation>
        </message>
        <message>
            <source>self-assessment report (file)</source>
            <translation>自查报告（文件）</translation>
        </message>
        <message>
            <source>the cycle</source>
            <translation>报送方式：每月、每季度或只在规定日期</translation>
        </message>
        <message>
            <source>the day it is due, as 2025-08-25</source>
            <translation>截止日期，如 2025-08-25</translation>
        </message>
        <message>
            <source>the month, as 2025-03 (or the round: 2025-Q3, 2025-R1)</source>
            <translation>月份，如 2025-03（或报送轮次：2025-Q3 季度、2025-R1 规定日期轮次）</translation>
        </message>
        <message>
            <source>the reporting rounds (报送轮次) of the campaign</source>
            <translation>报送轮次（每月、每季度或规定日期）</translation>
        </message>
        <message>
            <source>the round, as 2025-R1</source>
            <translation>报送轮次，如 2025-R1</translation>
        </message>
        <message>
            <source>every month</source>
            <translation>每月报送</translation>
        </message>
        <message>
            <source>every quarter</source>
            <translation>每季度报送</translation>
        </message>
        <message>
            <source>on the fixed dates only</source>
            <translation>只在规定日期报送</translation>
        </message>
        <message>
            <source>ADDRESS</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>the campaign on a PostgreSQL server, as postgresql://用户:密码@服务器/数据库 (default: $FOODSAFETY_DESK_DATABASE, else the data folder's own file)</source>
            <translation>创建活动所在的 PostgreSQL 服务器，格式为 postgresql://用户:密码@服务器/数据库（默认：环境变量 FOODSAFETY_DESK_DATABASE；都没有时使用数据文件夹中的数据库文件）</translation>
        </message>
        <message>
            <source>The campaign was copied to {0}: {1} rows in {2} tables and {3} files, each checked.</source>
            <translation>创建活动已复制到 {0}：{2} 张表共 {1} 行、{3} 个文件，均已逐一核对。</translation>
        </message>
        <message>
            <source>a new, empty folder</source>
            <translation>一个新的空文件夹</translation>
        </message>
        <message>
            <source>copy the server's campaign into a new data folder on this PC (to archive it)</source>
            <translation>把服务器上的创建活动复制到本机一个新的数据文件夹（用于归档）</translation>
        </message>
        <message>
            <source>copy this PC's campaign to an empty database on a PostgreSQL server (the file stays as it is)</source>
            <translation>把本机的创建活动复制到 PostgreSQL 服务器上的一个空数据库（本机文件保持不变）</translation>
        </message>
        <message>
            <source>the server, as postgresql://用户:密码@服务器/数据库</source>
            <translation>服务器地址，格式为 postgresql://用户:密码@服务器/数据库</translation>
        </message>
        <message>
            <source>the shared folder for the evidence files, reached by every clerk's PC</source>
            <translation>存放佐证材料文件的共享文件夹，每位工作人员的电脑都能访问</translation>
        </message>
        <message>
            <source>where the campaign is kept: this PC's file or a server</source>
            <translation>创建活动的存放位置：本机文件或服务器</translation>
        </message>
        <message>
            <source>On a server there is no data set aside to go back to; restore a backup file instead.</source>
            <translation>服务器上没有留存的旧数据可退回；请改为从备份文件恢复。</translation>
        </message>
        <message>
            <source>Restored from {0} onto the server.</source>
            <translation>已将 {0} 恢复到服务器。</translation>
        </message>
        <message>
            <source>with --database: replace the campaign every clerk works on with the backup's</source>
            <translation>与 --database 同用：用备份中的创建活动替换服务器上各同事正在使用的创建活动</translation>
        </message>
        <message>
            <source>keep the evidence files inside the server's database (for an office without a shared folder)</source>
            <translation>把佐证材料文件存入服务器的数据库（办公室没有共享文件夹时）</translation>
        </message>
        <message>
            <source>Cells kept as written, marked 需核对 ({0}); check them on the task page:</source>
            <translation>以下单元格无法识别，已按原文保留并标为“需核对”（{0} 处），请在任务页核对：</translation>
        </message>
        <message>
            <source>Columns not read (未读取的列): {0}</source>
            <translation>未读取的列：{0}</translation>
        </message>
        <message>
            <source>Read by inference, marked 需核对 ({0}):</source>
            <translation>以下内容系推定，已标为“需核对”（{0} 处）：</translation>
        </message>
        <message>
            <source>Unit names ({0}):</source>
            <translation>单位名称的处理（{0} 个）：</translation>
        </message>
        <message>
            <source>refuse the whole table for any cell that cannot be read (without it, such a cell is kept as written and marked 需核对)</source>
            <translation>有任何无法识别的单元格就整表拒绝导入（不加此项时，该单元格按原文保留并标为“需核对”）</translation>
        </message>
        <message>
            <source>Task {0} has nothing to check.</source>
            <translation>任务 {0} 没有需核对的内容。</translation>
        </message>
        <message>
            <source>Task {0}: confirmed as written.</source>
            <translation>任务 {0}：已确认按原文保留。</translation>
        </message>
        <message>
            <source>Task {0}: deadline corrected to {1}.</source>
            <translation>任务 {0}：完成时限已更正为 {1}。</translation>
        </message>
        <message>
            <source>There is no unit called “{0}”.</source>
            <translation>没有名为“{0}”的成员单位。</translation>
        </message>
        <message>
            <source>confirm what an import kept as written for a task (需核对), or correct its deadline</source>
            <translation>确认导入时按原文保留的任务内容（需核对），或更正其完成时限</translation>
        </message>
        <message>
            <source>confirm what an import kept as written for a unit (需核对)</source>
            <translation>确认导入时按原文保留的单位内容（需核对）</translation>
        </message>
        <message>
            <source>only tasks with cells kept as written (需核对)</source>
            <translation>只列出有需核对内容的任务</translation>
        </message>
        <message>
            <source>only units with cells kept as written (需核对)</source>
            <translation>只列出有需核对内容的单位</translation>
        </message>
        <message>
            <source>the deadline as you read it, e.g. 2024年6月底前</source>
            <translation>您核实后的完成时限，如 2024年6月底前</translation>
        </message>
        <message>
            <source>the task's number, e.g. 1.5</source>
            <translation>任务编号，如 1.5</translation>
        </message>
        <message>
            <source>the unit's name or alias</source>
            <translation>单位名称或别名</translation>
        </message>
        <message>
            <source>{0}: confirmed as written.</source>
            <translation>{0}：已确认按原文保留。</translation>
        </message>
        <message>
            <source>also write the notice's tables to this workbook</source>
            <translation>同时将通知单中的表格写入此工作簿</translation>
        </message>
        <message>
            <source>An interrupted export left {0} ({1:.0f} MB) in the folder; --remove-leftovers removes it.</source>
            <translation>上次中断的导出在该文件夹留下了 {0}（{1:.0f} MB）；加 --remove-leftovers 可将其删除。</translation>
        </message>
        <message>
            <source>File changed in the store since it was filed, not in the binder: #{0} “{1}”</source>
            <translation>文件归档后在资料库中被改动，未放入迎检资料：#{0}“{1}”</translation>
        </message>
        <message>
            <source>Inspection binder</source>
            <translation>迎检资料</translation>
        </message>
        <message>
            <source>Removed what an interrupted export had left: {0}</source>
            <translation>已删除上次中断的导出留下的文件夹：{0}</translation>
        </message>
        <message>
            <source>first remove what an interrupted export left in the folder</source>
            <translation>先删除上次中断的导出在该文件夹留下的临时文件夹</translation>
        </message>
        <message>
            <source>Standard input ended before this password: {0}(--password-stdin reads one a line)</source>
            <translation>标准输入在这个密码之前就已结束：{0}（--password-stdin 每行读一个密码）</translation>
        </message>
        <message>
            <source>read passwords from standard input instead of asking (for scripts), one a line: with users on, your own first; then a new one where the command sets one (users add, reset-password)</source>
            <translation>从标准输入读密码而不在终端询问（供脚本使用），每行一个：已开启用户时先是您自己的密码；命令要设置新密码时（添加人员、重设密码）再一行是新密码</translation>
        </message>
        <message>
            <source>{0}: taken as written, marked 需核对</source>
            <translation>{0}：按所填导入，标为“需核对”</translation>
        </message>
        <message>
            <source>imported before as it is (came in {0:%Y-%m-%d}): nothing changes</source>
            <translation>与已导入的文件完全相同（{0:%Y-%m-%d} 报送），未作改动</translation>
        </message>
        <message>
            <source>PAGE</source>
            <translation>页面</translation>
        </message>
        <message>
            <source>“{0}” is none of {1}.</source>
            <translation>“{0}”不是{1}中的一个。</translation>
        </message>
        <message>
            <source>小型: 昌都市 after seed 001; 大型: 60 units, 2,000 tasks, 50,000 evidence records</source>
            <translation>小型：按种子 001 的昌都市；大型：60 个单位、2,000 项任务、50,000 条佐证材料</translation>
        </message>
        <message>
            <source>进度: the fill-in form; 自查报告: each unit's own 自查报告 file</source>
            <translation>进度：填写报送表；自查报告：各单位交来的自查报告文件</translation>
        </message>
        <message>
            <source>Reports are tracked from {0}; earlier rounds with no report show 未跟踪.</source>
            <translation>报送从 {0} 起跟踪；此前没有收到报表的轮次显示“未跟踪”。</translation>
        </message>
        <message>
            <source>the day reports are tracked from: earlier rounds with no report show 未跟踪, not 未报</source>
            <translation>报送跟踪起始日：此前没有收到报表的轮次显示“未跟踪”，不算未报</translation>
        </message>
        <message>
            <source>the day, as 2026-12-01</source>
            <translation>日期，如 2026-12-01</translation>
        </message>
        <message>
            <source>The history does not hold: see above. Restore the last good backup, or ask who had the file.</source>
            <translation>操作记录不完整，可能被篡改过，见上。请从最近一份完好的备份恢复，或询问曾接触该文件的人员。</translation>
        </message>
        <message>
            <source>a check code printed on a report (操作记录校验码): is it in the history, and what came after it</source>
            <translation>报表上印的操作记录校验码：是否在操作记录中，其后又有哪些改动</translation>
        </message>
        <message>
            <source>check that no entry of the history was changed, removed or moved, that it agrees with the data and with its anchors (the record beside the database, the last backup, printed reports)</source>
            <translation>检查操作记录没有被改动、删除或挪动，并与数据及其锚点（数据库旁的记录、最近一次备份、已打印的报表）一致</translation>
        </message>
        <message>
            <source>with users on: take the backup's people and roles even where the current ones would be kept (they are kept when the backup was made before users were turned on, or without the passwords)</source>
            <translation>已开启用户时：采用备份中的人员和角色（备份做于开启用户之前或不含密码时，默认保留现有人员）</translation>
        </message>
        <message>
            <source>Name the server whose unfinished copy to remove: --database ADDRESS.</source>
            <translation>请用 --database 地址 指明要清除未完成副本的服务器。</translation>
        </message>
        <message>
            <source>The unfinished copy on {0} was removed; the database there is empty again.</source>
            <translation>已清除 {0} 上未完成的副本，该数据库重新为空。</translation>
        </message>
        <message>
            <source>with --database: remove the copy a move left unfinished (迁移未完成) on the server</source>
            <translation>与 --database 同用：清除服务器上迁移未完成时留下的副本</translation>
        </message>
        <message>
            <source> (shared words: {0})</source>
            <translation>（相同的词：{0}）</translation>
        </message>
        <message>
            <source>No item of the rule set shares words with it.</source>
            <translation>评价细则中没有与之有相同词语的评价内容。</translation>
        </message>
        <message>
            <source>No text could be read from {0} ({1}); only its name was used.</source>
            <translation>未能读出 {0} 的文字（{1}），只按文件名判断。</translation>
        </message>
        <message>
            <source>The likeliest items:</source>
            <translation>最可能对应的评价内容：</translation>
        </message>
        <message>
            <source>The text gives no 文号, 发文机关, 标题 or 成文日期.</source>
            <translation>文中没有找到文号、发文机关、标题或成文日期。</translation>
        </message>
        <message>
            <source>There is no file {0}.</source>
            <translation>没有文件 {0}。</translation>
        </message>
        <message>
            <source>any file, filed or not</source>
            <translation>任一文件，已归档或未归档均可</translation>
        </message>
        <message>
            <source>what a file's own text suggests: 文号, 发文机关, 标题, 成文日期 and the three likeliest items</source>
            <translation>按文件本身的文字建议：文号、发文机关、标题、成文日期及最可能对应的三项评价内容</translation>
        </message>
        <message>
            <source>Recognised {0} files ({1} pages); {2} could not be recognised.</source>
            <translation>已识别 {0} 个文件（{1} 页）；{2} 个无法识别。</translation>
        </message>
        <message>
            <source>Recognising scans</source>
            <translation>识别扫描件</translation>
        </message>
        <message>
            <source>Scans cannot be recognised on this PC: {0}. Search finds typed documents as before.</source>
            <translation>本机无法识别扫描件：{0}。文字版文件照常可以搜索。</translation>
        </message>
        <message>
            <source>Waiting to be recognised: {0} files ({1} pages read so far); recognised: {2}; 无法识别: {3}.</source>
            <translation>等待识别：{0} 个文件（已读 {1} 页）；已识别：{2} 个；无法识别：{3} 个。</translation>
        </message>
        <message>
            <source>at most N files this time</source>
            <translation>本次最多识别 N 个文件</translation>
        </message>
        <message>
            <source>only say how many wait and how many are done</source>
            <translation>只显示等待和已完成的数量</translation>
        </message>
        <message>
            <source>recognise the text of scans and pictures waiting for it, so search finds them</source>
            <translation>识别等待中的扫描件和图片的文字，使其能被搜索到</translation>
        </message>
        <message>
            <source>file each file no name placed under the item its own text suggests (listed either way)</source>
            <translation>把名称无法判断项目的文件归入其文字所建议的项目（不加此项时只列出建议）</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Copy details</source>
            <translation>复制详细信息</translation>
        </message>
        <message>
            <source>Sorry, something went wrong inside the program. Your data is safe: every change is saved as it is made. The details were written to:
{0}
Please copy them and send them to your support contact.</source>
            <translation>抱歉，程序内部出现错误。您的数据是安全的：每次修改都已即时保存。详细信息已写入：
{0}
请复制详细信息并发送给技术支持人员。</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>意外错误</translation>
        </message>
    </context>
    <context>
        <name>DatesPage</name>
        <message>
            <source>Campaign ends</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <source>Campaign starts</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <source>Monthly reports due on day</source>
            <translation>每月报送截止日</translation>
        </message>
        <message>
            <source>Population and dates</source>
            <translation>人口与起止日期</translation>
        </message>
        <message>
            <source>Resident population *</source>
            <translation>常住人口 *</translation>
        </message>
        <message>
            <source>The population gives the sampling target (4 batches per 1,000 residents).</source>
            <translation>常住人口用于计算抽检目标（每千人 4 批次）。</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <source>Evidence records</source>
            <translation>佐证材料记录</translation>
        </message>
        <message>
            <source>Monthly reports</source>
            <translation>月度报送</translation>
        </message>
        <message>
            <source>Saving</source>
            <translation>正在保存</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>任务</translation>
        </message>
        <message>
            <source>The scale must be “small” or “large”.</source>
            <translation>规模只能是“small”或“large”。</translation>
        </message>
        <message>
            <source>This data folder already holds a campaign. Build the demo in an empty data folder (--data-dir).</source>
            <translation>该数据文件夹中已有创建活动。请在空的数据文件夹中生成演示数据（--data-dir）。</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>成员单位</translation>
        </message>
        <message>
            <source>Search index</source>
            <translation>搜索索引</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <source>New campaign</source>
            <translation>新建创建活动</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>From</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>首页</translation>
        </message>
        <message>
            <source>No campaign has been set up yet.</source>
            <translation>尚未设置创建活动。</translation>
        </message>
        <message>
            <source>No phase</source>
            <translation>无阶段</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>Phases</source>
            <translation>实施阶段</translation>
        </message>
        <message>
            <source>Rule set: {0} (total {1})</source>
            <translation>评价细则：{0}（总分 {1}）</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>The campaign has ended</source>
            <translation>创建活动已结束</translation>
        </message>
        <message>
            <source>To</source>
            <translation>结束</translation>
        </message>
        <message>
            <source>current</source>
            <translation>当前阶段</translation>
        </message>
        <message>
            <source>days left in “{0}”</source>
            <translation>天后“{0}”结束</translation>
        </message>
        <message>
            <source>days until “{0}”</source>
            <translation>天后进入“{0}”</translation>
        </message>
        <message>
            <source>done</source>
            <translation>已结束</translation>
        </message>
        <message>
            <source>evidence records</source>
            <translation>份佐证材料</translation>
        </message>
        <message>
            <source>indicator items</source>
            <translation>项评价内容</translation>
        </message>
        <message>
            <source>member units</source>
            <translation>成员单位</translation>
        </message>
        <message>
            <source>national</source>
            <translation>国家级</translation>
        </message>
        <message>
            <source>provincial</source>
            <translation>省级</translation>
        </message>
        <message>
            <source>tasks</source>
            <translation>项任务</translation>
        </message>
        <message>
            <source>to come</source>
            <translation>未开始</translation>
        </message>
        <message>
            <source>{0} · {1} level · population {2:,} · {3} to {4} · monthly reports due on day {5}</source>
            <translation>{0} · {1}创建 · 常住人口 {2:,} 人 · {3} 至 {4} · 每月 {5} 日前报送</translation>
        </message>
        <message>
            <source>Nothing changed yet.</source>
            <translation>暂无修改记录。</translation>
        </message>
        <message>
            <source>Recent changes</source>
            <translation>最近修改</translation>
        </message>
        <message>
            <source>Due in the next {0} days</source>
            <translation>{0} 天内到期</translation>
        </message>
        <message>
            <source>Overdue tasks</source>
            <translation>逾期任务</translation>
        </message>
        <message>
            <source>Tasks by status</source>
            <translation>任务状态</translation>
        </message>
        <message>
            <source>Units by tasks done</source>
            <translation>单位完成率排名</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>… and {0} more</source>
            <translation>……另有 {0} 项</translation>
        </message>
        <message>
            <source>Findings not rectified in time</source>
            <translation>逾期未整改的问题</translation>
        </message>
        <message>
            <source>Don't show again</source>
            <translation>不再显示</translation>
        </message>
        <message>
            <source>First steps ({0} of {1} done)</source>
            <translation>开始使用（已完成 {0}/{1} 项）</translation>
        </message>
        <message>
            <source>Hide the first steps? The pages do everything they list.</source>
            <translation>不再显示“开始使用”清单吗？清单中的每一步都可以在各页面中完成。</translation>
        </message>
    </context>
    <context>
        <name>IndicatorsPage</name>
        <message>
            <source> points</source>
            <translation>分</translation>
        </message>
        <message>
            <source>Any {0} of its {1} items count.</source>
            <translation>{1} 项中任选 {0} 项计分。</translation>
        </message>
        <message>
            <source>Basic task</source>
            <translation>基本任务</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Evaluation method</source>
            <translation>评价方式</translation>
        </message>
        <message>
            <source>If any one of these fails, the bid fails whatever the score.</source>
            <translation>任何一项不达标，无论得分多少，创建均不通过。</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>评价指标</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>评价内容</translation>
        </message>
        <message>
            <source>Mandatory points {0}; optional points count up to {1}.</source>
            <translation>必选项 {0} 分；自选项最多计 {1} 分。</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>评价要点</translation>
        </message>
        <message>
            <source>Responsible departments</source>
            <translation>责任部门</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>分值</translation>
        </message>
        <message>
            <source>Search items, departments, basic tasks… e.g. 明厨亮灶</source>
            <translation>搜索评价内容、责任部门、基本任务……例如：明厨亮灶</translation>
        </message>
        <message>
            <source>Select an item to see its evaluation method, departments and basic task.</source>
            <translation>选择一项评价内容，可查看其评价方式、责任部门和基本任务。</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Veto items</source>
            <translation>否决项</translation>
        </message>
        <message>
            <source>mandatory</source>
            <translation>必选项</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>自选项</translation>
        </message>
        <message>
            <source>{0} matching items</source>
            <translation>找到 {0} 项评价内容</translation>
        </message>
        <message>
            <source>{0}: {1} categories, {2} points, {3} items, total {4}</source>
            <translation>{0}：{1} 个类别，{2} 个评价要点，{3} 项评价内容，总分 {4}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Data folder: {0}</source>
            <translation>数据文件夹：{0}</translation>
        </message>
        <message>
            <source>Opening the campaign…</source>
            <translation>正在打开创建活动数据…</translation>
        </message>
        <message>
            <source> The data it replaced is kept in {0}.</source>
            <translation>被替换的数据已保留在 {0}。</translation>
        </message>
        <message>
            <source>Back up now…</source>
            <translation>立即备份…</translation>
        </message>
        <message>
            <source>Restoring the backup…</source>
            <translation>正在恢复备份…</translation>
        </message>
        <message>
            <source>The backup {0} was restored.</source>
            <translation>已从备份 {0} 恢复数据。</translation>
        </message>
        <message>
            <source>Restore it all the same?</source>
            <translation>仍要恢复吗？</translation>
        </message>
        <message>
            <source>Campaign on the server {0}</source>
            <translation>创建活动在服务器上：{0}</translation>
        </message>
        <message>
            <source>Nothing was restored: the word typed was not {0}.</source>
            <translation>未恢复：输入的不是“{0}”。</translation>
        </message>
        <message>
            <source>Read anew: the latest change was made by {0} at {1}.</source>
            <translation>已重新读取：最近一次修改由 {0} 于 {1} 作出。</translation>
        </message>
        <message>
            <source>Restore onto the server</source>
            <translation>恢复到服务器</translation>
        </message>
        <message>
            <source>Restoring {0} replaces the campaign on the server, for every clerk, with the backup's; what was entered since it was made is lost. Type {1} to replace it:</source>
            <translation>恢复 {0} 会用备份中的数据替换服务器上的创建活动，所有同事都会受影响；备份之后录入的内容将丢失。如确需替换，请输入“{1}”：</translation>
        </message>
        <message>
            <source>The backup {0} was restored onto the server.</source>
            <translation>备份 {0} 已恢复到服务器。</translation>
        </message>
        <message>
            <source>The server does not answer.</source>
            <translation>服务器没有响应。</translation>
        </message>
        <message>
            <source>replace</source>
            <translation>替换</translation>
        </message>
        <message>
            <source>An export of the inspection binder was interrupted (the program was closed or the power failed) and left unfinished copies in {0} ({1:.1f} GB). Remove them?</source>
            <translation>上次导出迎检资料时被中断（程序被关闭或断电），在 {0} 留下了未完成的临时文件（{1:.1f} GB）。是否删除？</translation>
        </message>
        <message>
            <source>Removing the unfinished copies…</source>
            <translation>正在删除未完成的临时文件…</translation>
        </message>
        <message>
            <source>{0} is still under way. Closed now, it is finished first (nothing is left half-written), then the program ends. Close now?</source>
            <translation>“{0}”仍在进行。现在关闭的话，会先把它做完（不会只写一半），然后程序退出。现在关闭吗？</translation>
        </message>
    </context>
    <context>
        <name>Models</name>
        <message>
            <source>Evaluation method</source>
            <translation>评价方式</translation>
        </message>
        <message>
            <source>Evaluation point / item</source>
            <translation>评价要点 / 评价内容</translation>
        </message>
        <message>
            <source>Responsible departments</source>
            <translation>责任部门</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>分值</translation>
        </message>
        <message>
            <source>Aliases</source>
            <translation>别名</translation>
        </message>
        <message>
            <source>Leader in charge</source>
            <translation>分管领导</translation>
        </message>
        <message>
            <source>Liaison</source>
            <translation>联络员</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>联系电话</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位名称</translation>
        </message>
        <message>
            <source> (any {0} items)</source>
            <translation>（任选 {0} 项）</translation>
        </message>
        <message>
            <source> (mandatory)</source>
            <translation>（必选项）</translation>
        </message>
        <message>
            <source> (optional)</source>
            <translation>（自选项）</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>正常</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>Veto items</source>
            <translation>否决项</translation>
        </message>
        <message>
            <source> · 需核对</source>
            <translation> · 需核对</translation>
        </message>
    </context>
    <context>
        <name>PhasesPage</name>
        <message>
            <source>Phases</source>
            <translation>实施阶段</translation>
        </message>
        <message>
            <source>The usual phases of a campaign; edit names and dates by double-clicking.</source>
            <translation>创建工作的常用阶段；双击可修改名称和日期。</translation>
        </message>
    </context>
    <context>
        <name>Problem</name>
        <message>
            <source>Category scores add up to {0}, but the total score is {1}.</source>
            <translation>各类别分值合计为 {0}，与总分 {1} 不符。</translation>
        </message>
        <message>
            <source>Category “{0}” has no evaluation points.</source>
            <translation>类别“{0}”下没有评价要点。</translation>
        </message>
        <message>
            <source>Category “{0}” has no positive score.</source>
            <translation>类别“{0}”的分值须大于 0。</translation>
        </message>
        <message>
            <source>Category “{0}”: mandatory {1} plus optional {2} is not its score {3}.</source>
            <translation>类别“{0}”：必选项 {1} 分加自选项 {2} 分不等于类别分值 {3} 分。</translation>
        </message>
        <message>
            <source>Evaluation point number {0} is used twice.</source>
            <translation>评价要点序号 {0} 重复。</translation>
        </message>
        <message>
            <source>Item ({0}) has no text.</source>
            <translation>第({0})项没有评价内容。</translation>
        </message>
        <message>
            <source>Item number ({0}) is out of sequence.</source>
            <translation>项号({0})不连续。</translation>
        </message>
        <message>
            <source>Item number ({0}) is used more than once.</source>
            <translation>项号({0})重复。</translation>
        </message>
        <message>
            <source>Item numbers must run from (1) without gaps; missing: {0}.</source>
            <translation>项号须从(1)开始连续编号；缺少：{0}。</translation>
        </message>
        <message>
            <source>Items are not in number order.</source>
            <translation>评价内容未按项号顺序排列。</translation>
        </message>
        <message>
            <source>Mandatory points of category “{0}” add up to {1}, but should be {2}.</source>
            <translation>类别“{0}”的必选项分值合计为 {1}，应为 {2}。</translation>
        </message>
        <message>
            <source>Optional points of category “{0}” cannot reach the {1} points counted.</source>
            <translation>类别“{0}”的自选项分值合计达不到计分上限 {1} 分。</translation>
        </message>
        <message>
            <source>Point {0} asks for any {1} items but has {2}.</source>
            <translation>评价要点 {0} 要求任选 {1} 项，但只有 {2} 项。</translation>
        </message>
        <message>
            <source>Point {0} has an unknown type “{1}”.</source>
            <translation>评价要点 {0} 的类型“{1}”无法识别。</translation>
        </message>
        <message>
            <source>Point {0} “{1}” has no items.</source>
            <translation>评价要点 {0}“{1}”下没有评价内容。</translation>
        </message>
        <message>
            <source>Point {0} “{1}” has no positive score.</source>
            <translation>评价要点 {0}“{1}”的分值须大于 0。</translation>
        </message>
        <message>
            <source>Points of category “{0}” add up to {1}, but the category is worth {2}.</source>
            <translation>类别“{0}”下各评价要点分值合计为 {1}，与类别分值 {2} 不符。</translation>
        </message>
        <message>
            <source>The rule set has no categories.</source>
            <translation>评价细则中没有类别。</translation>
        </message>
        <message>
            <source>The rule set has no name.</source>
            <translation>评价细则没有名称。</translation>
        </message>
        <message>
            <source>row {0}</source>
            <translation>第 {0} 行</translation>
        </message>
        <message>
            <source>sheet “{0}”</source>
            <translation>工作表“{0}”</translation>
        </message>
        <message>
            <source>{0}: {1}</source>
            <translation>{0}：{1}</translation>
        </message>
        <message>
            <source>Point {0} counts any {1} of its items and cannot be scored from a measurement.</source>
            <translation>评价要点 {0} 为任选 {1} 项计分，不能按测评结果折算。</translation>
        </message>
        <message>
            <source>Point {0}: a step's score {1} must lie between 0 and {2}, in half points.</source>
            <translation>评价要点 {0}：档次得分 {1} 须在 0 到 {2} 之间，以 0.5 分为单位。</translation>
        </message>
        <message>
            <source>Point {0}: the full score ({1}) must need more than the zero score ({2}).</source>
            <translation>评价要点 {0}：满分线（{1}）须高于零分线（{2}）。</translation>
        </message>
        <message>
            <source>Point {0}: two steps start at the same value.</source>
            <translation>评价要点 {0}：有两个档次的起点相同。</translation>
        </message>
        <message>
            <source>“{0}” is no conversion: write e.g. “M04 满分80 零分0” or “M03 98得5 95得3”.</source>
            <translation>“{0}”不是可识别的折算规则：请写成“M04 满分80 零分0”或“M03 98得5 95得3”。</translation>
        </message>
        <message>
            <source>“{0}” names no target (e.g. M04 满分80 零分0).</source>
            <translation>“{0}”没有写明指标代码（如 M04 满分80 零分0）。</translation>
        </message>
    </context>
    <context>
        <name>RuleSetXlsx</name>
        <message>
            <source>A category needs 序号, 名称 and a numeric 分值.</source>
            <translation>类别须填写序号、名称和数字分值。</translation>
        </message>
        <message>
            <source>Category {0} is listed twice.</source>
            <translation>类别 {0} 重复。</translation>
        </message>
        <message>
            <source>Export the national rule set from 设置 and use it as the template.</source>
            <translation>请在“设置”中导出国家评价细则，以其为模板填写。</translation>
        </message>
        <message>
            <source>Item ({0}) has no evaluation point.</source>
            <translation>第({0})项没有所属评价要点。</translation>
        </message>
        <message>
            <source>Item ({0}) names the category “{1}”, which is not on the sheet “类别”.</source>
            <translation>第({0})项所属类别“{1}”不在“类别”工作表中。</translation>
        </message>
        <message>
            <source>No header row with 序号, 名称 and 分值 was found.</source>
            <translation>未找到包含“序号”“名称”“分值”的表头行。</translation>
        </message>
        <message>
            <source>No header row with 类别, 项号 and 评价内容 was found.</source>
            <translation>未找到包含“类别”“项号”“评价内容”的表头行。</translation>
        </message>
        <message>
            <source>Point {0} has no numeric score (要点分值).</source>
            <translation>评价要点 {0} 没有数字分值（要点分值）。</translation>
        </message>
        <message>
            <source>Point {0}: 要点类型 must be 普通, 必选项 or 自选项, not “{1}”.</source>
            <translation>评价要点 {0}：要点类型只能是“普通”“必选项”或“自选项”，不能是“{1}”。</translation>
        </message>
        <message>
            <source>The rule set has no name (名称).</source>
            <translation>评价细则没有名称（名称）。</translation>
        </message>
        <message>
            <source>The rule set in {0} was not imported: {1} problem(s) found.</source>
            <translation>{0} 中的评价细则未导入：发现 {1} 个问题。</translation>
        </message>
        <message>
            <source>The total score (总分) is missing or not a number.</source>
            <translation>总分缺失或不是数字。</translation>
        </message>
        <message>
            <source>{0} is not a rule-set workbook: the sheet(s) {1} are missing.</source>
            <translation>{0} 不是评价细则工作簿：缺少工作表 {1}。</translation>
        </message>
        <message>
            <source>“{0}” is not an item number.</source>
            <translation>“{0}”不是有效的项号。</translation>
        </message>
        <message>
            <source>Point {0}: {1}</source>
            <translation>评价要点 {0}：{1}</translation>
        </message>
    </context>
    <context>
        <name>RuleSets</name>
        <message>
            <source>A rule set with the code “{0}” is already stored. Give the new one another 代码 on the sheet “说明”.</source>
            <translation>已存在代码为“{0}”的评价细则。请在“说明”工作表中为新细则填写其他代码。</translation>
        </message>
        <message>
            <source>The rule set is not valid.</source>
            <translation>评价细则有误。</translation>
        </message>
        <message>
            <source>There is no rule set with the code “{0}”.</source>
            <translation>没有代码为“{0}”的评价细则。</translation>
        </message>
        <message>
            <source>Point {0} is converted from the target {1}, which is not one of {2}.</source>
            <translation>评价要点 {0} 按指标 {1} 折算，但该指标不在 {2} 之中。</translation>
        </message>
        <message>
            <source>importing a rule set</source>
            <translation>导入评价细则</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Campaign</source>
            <translation>创建活动</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>数据文件夹</translation>
        </message>
        <message>
            <source>End</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Export rule set</source>
            <translation>导出评价细则</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>导出 Excel…</translation>
        </message>
        <message>
            <source>Import a rule set…</source>
            <translation>导入评价细则…</translation>
        </message>
        <message>
            <source>Import rule set</source>
            <translation>导入评价细则</translation>
        </message>
        <message>
            <source>Importing rule set…</source>
            <translation>正在导入评价细则…</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>界面语言</translation>
        </message>
        <message>
            <source>Issuing office</source>
            <translation>发文机关</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>创建级别</translation>
        </message>
        <message>
            <source>Monthly report due day</source>
            <translation>月度报送截止日</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>打开文件夹</translation>
        </message>
        <message>
            <source>Population</source>
            <translation>常住人口</translation>
        </message>
        <message>
            <source>Program</source>
            <translation>程序</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>城市或区县</translation>
        </message>
        <message>
            <source>Rule set</source>
            <translation>评价细则</translation>
        </message>
        <message>
            <source>Rule set written to {0}.</source>
            <translation>评价细则已导出到 {0}。</translation>
        </message>
        <message>
            <source>Rule set “{0}” imported: {1} items.</source>
            <translation>已导入评价细则“{0}”，共 {1} 项。</translation>
        </message>
        <message>
            <source>Save campaign</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <source>The campaign was saved.</source>
            <translation>创建活动已保存。</translation>
        </message>
        <message>
            <source>The language changes the next time the program starts.</source>
            <translation>界面语言将在下次启动程序时生效。</translation>
        </message>
        <message>
            <source>Use the imported rule set for this campaign?</source>
            <translation>是否将导入的评价细则用于本创建活动？</translation>
        </message>
        <message>
            <source>{0}: {1} items, total {2}</source>
            <translation>{0}：共 {1} 项，总分 {2}</translation>
        </message>
        <message>
            <source>Phases</source>
            <translation>实施阶段</translation>
        </message>
        <message>
            <source> {0} row(s) were passed over as no part of the table (details below).</source>
            <translation>另有 {0} 行不属于表格内容，已跳过（见详细信息）。</translation>
        </message>
        <message>
            <source>Blank: the campaign's name over 工作通报; two lines split by |</source>
            <translation>留空则为：创建名称，下一行“工作通报”；分两行时用 | 隔开</translation>
        </message>
        <message>
            <source>Blank: the issuing office</source>
            <translation>留空则为发文机关</translation>
        </message>
        <message>
            <source>Copies to (抄送)</source>
            <translation>抄送</translation>
        </message>
        <message>
            <source>In black</source>
            <translation>黑色</translation>
        </message>
        <message>
            <source>In red</source>
            <translation>红色</translation>
        </message>
        <message>
            <source>Issue number format</source>
            <translation>期号格式</translation>
        </message>
        <message>
            <source>Masthead</source>
            <translation>版头</translation>
        </message>
        <message>
            <source>Masthead text</source>
            <translation>发文机关标志</translation>
        </message>
        <message>
            <source>No masthead</source>
            <translation>不用版头</translation>
        </message>
        <message>
            <source>Official documents (公文格式)</source>
            <translation>公文格式</translation>
        </message>
        <message>
            <source>Printed by (印发机关)</source>
            <translation>印发机关</translation>
        </message>
        <message>
            <source>Save document format</source>
            <translation>保存公文格式</translation>
        </message>
        <message>
            <source>The document format was saved; the next bulletin uses it.</source>
            <translation>公文格式已保存，下次生成的通报即按此排版。</translation>
        </message>
        <message>
            <source>e.g. 市委办公室，市政府办公室，省食安办</source>
            <translation>例如：市委办公室，市政府办公室，省食安办</translation>
        </message>
        <message>
            <source>{n} is the issue number, {年} the year. Used by the bulletin and the self-assessment report.</source>
            <translation>期号格式中 {n} 为期数，{年} 为年份。月度工作通报和自查自评报告均按此排版。</translation>
        </message>
        <message>
            <source>Add round</source>
            <translation>添加轮次</translation>
        </message>
        <message>
            <source>Asks for</source>
            <translation>报送内容</translation>
        </message>
        <message>
            <source>Choose the round to remove in the list first.</source>
            <translation>请先在列表中选择要删除的轮次。</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <source>Every month, by the due day</source>
            <translation>每月报送（截止日见上）</translation>
        </message>
        <message>
            <source>Every quarter, by the due day of its last month</source>
            <translation>每季度报送（季度最后一个月的截止日）</translation>
        </message>
        <message>
            <source>Fixed rounds</source>
            <translation>规定日期轮次</translation>
        </message>
        <message>
            <source>Name (blank: the day)</source>
            <translation>名称（留空则用日期）</translation>
        </message>
        <message>
            <source>Only on the fixed dates below</source>
            <translation>只在下列规定日期报送</translation>
        </message>
        <message>
            <source>Remove round</source>
            <translation>删除轮次</translation>
        </message>
        <message>
            <source>Remove round {0}?</source>
            <translation>删除报送轮次 {0}？</translation>
        </message>
        <message>
            <source>Reporting rounds (报送轮次)</source>
            <translation>报送轮次</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>轮次</translation>
        </message>
        <message>
            <source>Units report</source>
            <translation>报送方式</translation>
        </message>
        <message>
            <source>each unit's self-assessment report (a file)</source>
            <translation>各单位的自查报告（文件）</translation>
        </message>
        <message>
            <source>progress</source>
            <translation>推进情况</translation>
        </message>
        <message>
            <source>progress (the fill-in form)</source>
            <translation>推进情况（报送表）</translation>
        </message>
        <message>
            <source>self-assessment report</source>
            <translation>自查报告</translation>
        </message>
        <message>
            <source>Back to this PC's file</source>
            <translation>改回本机文件</translation>
        </message>
        <message>
            <source>Close the program and open it again to work on the server's campaign.</source>
            <translation>请关闭程序后重新打开，即可使用服务器上的创建活动。</translation>
        </message>
        <message>
            <source>Connect to a server…</source>
            <translation>连接服务器…</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>数据库</translation>
        </message>
        <message>
            <source>From the next start this PC works on its own file again; the campaign on the server stays there for the other clerks. Go back?</source>
            <translation>下次打开程序时，本机将改回使用自己的数据文件；服务器上的创建活动仍保留给其他同事使用。确定改回吗？</translation>
        </message>
        <message>
            <source>From the next start: the server {0}.</source>
            <translation>下次打开程序起：使用服务器 {0}。</translation>
        </message>
        <message>
            <source>Move to a server…</source>
            <translation>移到服务器…</translation>
        </message>
        <message>
            <source>Moving the campaign to the server…</source>
            <translation>正在把创建活动移到服务器…</translation>
        </message>
        <message>
            <source>On the server {0}, shared by the office's clerks.</source>
            <translation>在服务器 {0} 上，由办公室各同事共用。</translation>
        </message>
        <message>
            <source>The campaign “{0}” was copied to the server and checked row by row and file by file; this PC's file was left as it was.</source>
            <translation>创建活动“{0}”已复制到服务器，并已逐行、逐个文件核对；本机数据文件保持原样。</translation>
        </message>
        <message>
            <source>This PC now uses the server {0}.</source>
            <translation>本机已设为使用服务器 {0}。</translation>
        </message>
        <message>
            <source>This PC's own file (one clerk at a time).</source>
            <translation>本机自己的数据文件（同一时间一人使用）。</translation>
        </message>
        <message>
            <source>Connecting to the server…</source>
            <translation>正在连接服务器…</translation>
        </message>
        <message>
            <source> Change it?</source>
            <translation>确定修改吗？</translation>
        </message>
        <message>
            <source> The {0} report(s) already taken in for {1} will no longer be listed; they are kept, and show again when this is set back to “{2}”.</source>
            <translation>{1}已收到的{0}份报送将不再列出；报送本身仍保留，改回“{2}”即可再次看到。</translation>
        </message>
        <message>
            <source>The program will speak {0} from its next start. Change it?</source>
            <translation>下次启动时界面语言将改为“{0}”。确定修改吗？</translation>
        </message>
        <message>
            <source>Units will report “{0}”: the 月度报送 page lists its rounds, the forms follow them.</source>
            <translation>报送方式将改为“{0}”：月度报送页按新的轮次列出报送，填报表也随之改变。</translation>
        </message>
        <message>
            <source>Save the campaign?</source>
            <translation>保存吗？</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>应用</translation>
        </message>
        <message>
            <source>Reports are tracked from {0}: rounds due before it that no report came in for show 未跟踪 instead of 未报 (reports taken in for them still count). Set back to {1} to undo. Apply?</source>
            <translation>报送将从 {0} 起跟踪：截止日在此之前、没有收到报表的轮次显示“未跟踪”而不是“未报”（已收到的报表照常计入）。改回 {1} 即可撤销。应用吗？</translation>
        </message>
        <message>
            <source>Reports tracked from</source>
            <translation>报送跟踪起始日</translation>
        </message>
        <message>
            <source>Rounds due before this day that no report came in for show 未跟踪, not 未报.</source>
            <translation>截止日在此日期之前、没有收到报表的轮次显示“未跟踪”，不算未报。</translation>
        </message>
    </context>
    <context>
        <name>Storage</name>
        <message>
            <source>Another FoodSafety Desk is already using the data folder {0}. Switch to that window, or close it first.</source>
            <translation>另一个食安创建工作台正在使用数据文件夹 {0}。请切换到该窗口，或先将其关闭。</translation>
        </message>
        <message>
            <source>The backup copy failed its integrity check: {0}</source>
            <translation>备份副本未通过完整性校验：{0}</translation>
        </message>
        <message>
            <source>The data folder {0} cannot be used: {1}</source>
            <translation>无法使用数据文件夹 {0}：{1}</translation>
        </message>
        <message>
            <source>The data folder {0} cannot be written. Choose a folder you may write to.</source>
            <translation>数据文件夹 {0} 无法写入。请选择有写入权限的文件夹。</translation>
        </message>
        <message>
            <source>The database file {0} cannot be read: {1}</source>
            <translation>无法读取数据库文件 {0}：{1}</translation>
        </message>
        <message>
            <source>The database {0} is busy in another program. Close it and try again.</source>
            <translation>数据库 {0} 正被其他程序占用。请关闭该程序后重试。</translation>
        </message>
        <message>
            <source>The database {0} is damaged and cannot be read. It was left untouched; restore it from a backup.</source>
            <translation>数据库 {0} 已损坏，无法读取。程序未改动该文件；请从备份中恢复。</translation>
        </message>
        <message>
            <source>The database {0} was written by a newer version of this program (schema {1}). Install the newer version; the file was left untouched.</source>
            <translation>数据库 {0} 由更新版本的本程序写入（结构版本 {1}）。请安装新版本；程序未改动该文件。</translation>
        </message>
        <message>
            <source>The disk holding {0} is full or failing. Free some space and try again.</source>
            <translation>{0} 所在磁盘已满或出现故障。请清理磁盘空间后重试。</translation>
        </message>
        <message>
            <source>The disk holding {0} is full. Free some space and try again.</source>
            <translation>{0} 所在磁盘已满。请清理磁盘空间后重试。</translation>
        </message>
        <message>
            <source>The file {0} is an SQLite database of some other program. It was left untouched; choose another data folder.</source>
            <translation>文件 {0} 是其他程序的数据库。程序未改动该文件；请选择其他数据文件夹。</translation>
        </message>
        <message>
            <source>The file {0} is not a database of this program, or it is damaged. It was left untouched. Restore a backup, or choose another data folder.</source>
            <translation>文件 {0} 不是本程序的数据库，或已损坏。程序未改动该文件。请从备份恢复，或选择其他数据文件夹。</translation>
        </message>
        <message>
            <source>{0} is a file, not a folder. Choose a folder for the data.</source>
            <translation>{0} 是文件而不是文件夹。请选择一个文件夹存放数据。</translation>
        </message>
        <message>
            <source>The file {0} cannot be written: it may be open in Excel or WPS, or the folder is read-only. Close it, or choose another name.</source>
            <translation>无法写入文件 {0}：该文件可能正在 Excel 或 WPS 中打开，或文件夹为只读。请先关闭该文件，或换一个文件名。</translation>
        </message>
        <message>
            <source>The file {0} cannot be written: {1}</source>
            <translation>无法写入文件 {0}：{1}</translation>
        </message>
        <message>
            <source>The folder for {0} does not exist.</source>
            <translation>{0} 所在的文件夹不存在。</translation>
        </message>
        <message>
            <source>A restore of a backup into {0} has not finished. Open the program (or run a command that changes data) to finish it.</source>
            <translation>向 {0} 恢复备份尚未完成。请打开程序（或运行会修改数据的命令）以完成恢复。</translation>
        </message>
        <message>
            <source>The database {0} is damaged ({1}); nothing more is written to it. Restore the last good backup (检查与备份 → 从备份恢复).</source>
            <translation>数据库 {0} 已损坏（{1}），不再向其中写入。请恢复最近一次完好的备份（检查与备份 → 从备份恢复）。</translation>
        </message>
        <message>
            <source>{0} ({1}) may not do this; ask an administrator.</source>
            <translation>{0}（{1}）不能进行此操作，请联系管理员。</translation>
        </message>
        <message>
            <source>Cannot reach the database server {0}: check the address and port, the network and that the server is running.</source>
            <translation>无法连接数据库服务器 {0}：请检查地址和端口、网络，以及服务器是否已启动。</translation>
        </message>
        <message>
            <source>The database server {0} reported an error: {1}</source>
            <translation>数据库服务器 {0} 报错：{1}</translation>
        </message>
        <message>
            <source>The database {0} on the server holds tables of some other program. It was left untouched; ask the IT person for an empty database of its own.</source>
            <translation>服务器上的数据库 {0} 中有其他程序的数据表，程序未作任何改动；请信息化人员另建一个空数据库。</translation>
        </message>
        <message>
            <source>The server {0} has no disk space left; nothing was saved.</source>
            <translation>服务器 {0} 磁盘已满，本次内容没有保存。</translation>
        </message>
        <message>
            <source>The server {0} has no such database. Ask the IT person to create it first.</source>
            <translation>服务器 {0} 上没有这个数据库，请先请信息化人员创建。</translation>
        </message>
        <message>
            <source>The server {0} refused the login: the user name or password is wrong.</source>
            <translation>服务器 {0} 拒绝登录：用户名或密码不对。</translation>
        </message>
        <message>
            <source>Someone else saved this record a moment ago; nothing was saved. Reload and try again.</source>
            <translation>这条记录刚被他人保存，本次未保存。请刷新后重试。</translation>
        </message>
        <message>
            <source>Another clerk</source>
            <translation>另一位同事</translation>
        </message>
        <message>
            <source>{0} is {1} (since {2}). Wait until it is finished and try again; nothing was changed.</source>
            <translation>{0}正在{1}（{2}起）。请等其完成后再试；本次未作任何更改。</translation>
        </message>
        <message>
            <source>Write it as postgresql://用户@服务器:5432/数据库, or leave it out to work on this PC's file.</source>
            <translation>请写成 postgresql://用户@服务器:5432/数据库；不写则使用本机的数据文件。</translation>
        </message>
        <message>
            <source>“{0}” ({1}) is not the address of a PostgreSQL server.</source>
            <translation>“{0}”（{1}）不是 PostgreSQL 服务器的地址。</translation>
        </message>
        <message>
            <source>The database {0} on the server is empty: no campaign is there. Move one up with “db move-to” (设置 › 迁移到服务器), or set one up there with “init”.</source>
            <translation>服务器上的数据库 {0} 是空的，里面还没有创建活动。请用“db move-to”（设置 › 迁移到服务器）把本机的创建活动迁移上去，或用“init”在那里建立。</translation>
        </message>
        <message>
            <source>Remove the folder {0} and move the campaign from the server again (db move-to-file).</source>
            <translation>请删除文件夹 {0}，再从服务器重新迁移（db move-to-file）。</translation>
        </message>
        <message>
            <source>To finish it, run the move again on the PC it came from: foodsafety-desk db move-to {0}</source>
            <translation>要完成迁移，请在原来的电脑上再次运行：foodsafety-desk db move-to {0}</translation>
        </message>
        <message>
            <source>To remove the unfinished copy: foodsafety-desk --database {0} db discard-move</source>
            <translation>要清除未完成的副本：foodsafety-desk --database {0} db discard-move</translation>
        </message>
        <message>
            <source>迁移未完成: the campaign in {0} is a copy whose move was interrupted; it was not opened.</source>
            <translation>迁移未完成：{0} 中的创建活动是一次中断的迁移留下的副本，未打开。</translation>
        </message>
    </context>
    <context>
        <name>UnitDialog</name>
        <message>
            <source>Aliases</source>
            <translation>别名</translation>
        </message>
        <message>
            <source>Edit unit</source>
            <translation>编辑成员单位</translation>
        </message>
        <message>
            <source>Leader in charge</source>
            <translation>分管领导</translation>
        </message>
        <message>
            <source>Liaison</source>
            <translation>联络员</translation>
        </message>
        <message>
            <source>New unit</source>
            <translation>新增成员单位</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Other names, separated by 、</source>
            <translation>其他名称，用“、”分隔</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>联系电话</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Unit name *</source>
            <translation>单位名称 *</translation>
        </message>
    </context>
    <context>
        <name>Units</name>
        <message>
            <source>Row {0}: the alias “{1}” already belongs to the unit “{2}”.</source>
            <translation>第 {0} 行：别名“{1}”已属于单位“{2}”。</translation>
        </message>
        <message>
            <source>The type must be one of {0}.</source>
            <translation>类型须为 {0} 之一。</translation>
        </message>
        <message>
            <source>The unit name is empty.</source>
            <translation>单位名称为空。</translation>
        </message>
        <message>
            <source>The unit name “{0}…” is longer than {1} characters.</source>
            <translation>单位名称“{0}…”超过 {1} 个字。</translation>
        </message>
        <message>
            <source>The unit no longer exists.</source>
            <translation>该单位已不存在。</translation>
        </message>
        <message>
            <source>The unit was not added.</source>
            <translation>成员单位未添加。</translation>
        </message>
        <message>
            <source>The unit was not changed.</source>
            <translation>成员单位未修改。</translation>
        </message>
        <message>
            <source>The units in {0} were not imported: {1} problem(s) found.</source>
            <translation>{0} 中的成员单位未导入：发现 {1} 个问题。</translation>
        </message>
        <message>
            <source>“{0}” is already the unit “{1}” or one of its aliases.</source>
            <translation>“{0}”已是单位“{1}”的名称或别名。</translation>
        </message>
        <message>
            <source>“{0}” is not a phone number.</source>
            <translation>“{0}”不是有效的电话号码。</translation>
        </message>
        <message>
            <source>“{0}” is not a unit name: it has no letters or Chinese characters.</source>
            <translation>“{0}”不是有效的单位名称：其中没有汉字或字母。</translation>
        </message>
        <message>
            <source>leader in charge</source>
            <translation>分管领导</translation>
        </message>
        <message>
            <source>liaison</source>
            <translation>联络员</translation>
        </message>
        <message>
            <source>note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>联系电话</translation>
        </message>
        <message>
            <source>type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>importing a unit list</source>
            <translation>导入单位名单</translation>
        </message>
        <message>
            <source>{0} was changed by {1} at {2} since you opened it. Nothing was saved; the list is reloaded — look again and save once more.</source>
            <translation>{0}在您打开之后已由 {1} 于 {2} 修改。本次未保存；列表已重新读取，请查看后再保存一次。</translation>
        </message>
    </context>
    <context>
        <name>UnitsPage</name>
        <message>
            <source>Deactivate</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>Deactivate “{0}”? Its tasks, reports and evidence are kept, and you can restore it later.</source>
            <translation>停用“{0}”？其任务、报送和佐证材料都会保留，以后可以恢复。</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>导出 Excel…</translation>
        </message>
        <message>
            <source>Export units</source>
            <translation>导出成员单位</translation>
        </message>
        <message>
            <source>Import from Excel…</source>
            <translation>从 Excel 导入…</translation>
        </message>
        <message>
            <source>Import units</source>
            <translation>导入成员单位</translation>
        </message>
        <message>
            <source>Importing units…</source>
            <translation>正在导入成员单位…</translation>
        </message>
        <message>
            <source>New unit…</source>
            <translation>新增单位…</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>Search units, people, phones…</source>
            <translation>搜索单位、人员、电话…</translation>
        </message>
        <message>
            <source>Tip: drop an Excel file of units onto this page to import it.</source>
            <translation>提示：将成员单位 Excel 文件拖到本页即可导入。</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>成员单位</translation>
        </message>
        <message>
            <source>Units imported from {0}: {1} new, {2} updated.</source>
            <translation>已从 {0} 导入成员单位：新增 {1} 个，更新 {2} 个。</translation>
        </message>
        <message>
            <source>Units written to {0}.</source>
            <translation>成员单位名单已导出到 {0}。</translation>
        </message>
        <message>
            <source>{0} units ({1} active), {2} shown</source>
            <translation>共 {0} 个单位（{1} 个正常），显示 {2} 个</translation>
        </message>
        <message>
            <source> {0} row(s) were passed over as no part of the table (details below).</source>
            <translation>另有 {0} 行不属于表格内容，已跳过（见详细信息）。</translation>
        </message>
        <message>
            <source>Tables: Excel or Word (*.xlsx *.xls *.docx)</source>
            <translation>表格：Excel 或 Word (*.xlsx *.xls *.docx)</translation>
        </message>
        <message>
            <source>{0} blank cell(s) in the list were left as the units had them ({1} …). Should the blank cells clear what the units had there?</source>
            <translation>名单中有 {0} 个空白单元格，单位原有的内容没有被清除（{1} 等）。要用空白清除这些内容吗？</translation>
        </message>
        <message>
            <source> Columns not read: {0}.</source>
            <translation>未读取的列：{0}。</translation>
        </message>
        <message>
            <source> {0} cell(s) were kept as written and marked 需核对.</source>
            <translation>有 {0} 个单元格按原文保留，已标为“需核对”。</translation>
        </message>
        <message>
            <source>Confirm what the import kept as written for this unit (or correct it with Edit…)</source>
            <translation>确认导入时按原文保留的内容（如需更正，请用“编辑…”）</translation>
        </message>
        <message>
            <source>Confirm 需核对</source>
            <translation>确认需核对项</translation>
        </message>
        <message>
            <source>{0}: {1}. Keep it as written? (To correct it, use Edit… instead.)</source>
            <translation>{0}：{1}。按原文保留吗？（如需更正，请改用“编辑…”。）</translation>
        </message>
        <message>
            <source>需核对 only</source>
            <translation>只看需核对</translation>
        </message>
        <message>
            <source>Reading the list…</source>
            <translation>正在读取名单…</translation>
        </message>
    </context>
    <context>
        <name>UnitsXlsx</name>
        <message>
            <source>Expected columns: {0}.</source>
            <translation>应有的列：{0}。</translation>
        </message>
        <message>
            <source>No column “单位名称” was found in the first rows of any sheet of {0}.</source>
            <translation>{0} 各工作表的前几行中均未找到“单位名称”列。</translation>
        </message>
        <message>
            <source>The sheet lists no units.</source>
            <translation>工作表中没有成员单位。</translation>
        </message>
        <message>
            <source>The type “{0}” of {1} is not one of {2}.</source>
            <translation>{1} 的类型“{0}”不是 {2} 之一。</translation>
        </message>
        <message>
            <source>The units in {0} were not imported: {1} problem(s) found.</source>
            <translation>{0} 中的成员单位未导入：发现 {1} 个问题。</translation>
        </message>
        <message>
            <source>“{0}” is the same unit name as in row {1}.</source>
            <translation>“{0}”与第 {1} 行的单位名称重复。</translation>
        </message>
        <message>
            <source>The units in {0} were not imported: {1} cells could not be read, more than the rows that could. Is this the units list?</source>
            <translation>{0} 中的成员单位未导入：有 {1} 个单元格无法识别，比能识别的行还多。请确认这是成员单位名单。</translation>
        </message>
    </context>
    <context>
        <name>Worker</name>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>Xlsx</name>
        <message>
            <source>The file {0} cannot be read: {1}</source>
            <translation>无法读取文件 {0}：{1}</translation>
        </message>
        <message>
            <source>The file {0} does not exist.</source>
            <translation>文件 {0} 不存在。</translation>
        </message>
        <message>
            <source>The file {0} is damaged or not an Excel workbook: {1}</source>
            <translation>文件 {0} 已损坏或不是 Excel 工作簿：{1}</translation>
        </message>
        <message>
            <source>The file {0} is empty.</source>
            <translation>文件 {0} 是空文件。</translation>
        </message>
        <message>
            <source>The file {0} is not an Excel workbook (.xlsx). Save it as .xlsx and try again.</source>
            <translation>文件 {0} 不是 Excel 工作簿（.xlsx）。请另存为 .xlsx 后重试。</translation>
        </message>
        <message>
            <source>The file {0} is password-protected or in the old .xls format. Open it in Excel or WPS, remove the password, and save it as .xlsx.</source>
            <translation>文件 {0} 设有密码或为旧版 .xls 格式。请用 Excel 或 WPS 打开，取消密码并另存为 .xlsx。</translation>
        </message>
        <message>
            <source>{0} is a folder, not an Excel file.</source>
            <translation>{0} 是文件夹，不是 Excel 文件。</translation>
        </message>
        <message>
            <source>The file {0} is a CSV text file. Open it in Excel or WPS and save it as .xlsx.</source>
            <translation>文件 {0} 是 CSV 文本文件。请用 Excel 或 WPS 打开，另存为 .xlsx 后再导入。</translation>
        </message>
        <message>
            <source>The file {0} is a WPS 文字 document (.wps). In WPS save it as Word 文档 (*.docx).</source>
            <translation>文件 {0} 是 WPS 文字文档（.wps）。请在 WPS 中另存为 Word 文档（*.docx）后再导入。</translation>
        </message>
        <message>
            <source>The file {0} is a WPS 表格 file (.et). In WPS choose 文件 → 另存为 → Excel 工作簿 (*.xlsx).</source>
            <translation>文件 {0} 是 WPS 表格文件（.et）。请在 WPS 中选择“文件 → 另存为 → Excel 工作簿（*.xlsx）”后再导入。</translation>
        </message>
        <message>
            <source>The file {0} is a WPS 表格 template (.ett). In WPS save it as Excel 工作簿 (*.xlsx).</source>
            <translation>文件 {0} 是 WPS 表格模板（.ett）。请在 WPS 中另存为 Excel 工作簿（*.xlsx）后再导入。</translation>
        </message>
        <message>
            <source>The file {0} is a web page (HTML) saved under the name .xls, as some systems export tables. Open it in Excel or WPS and save it as .xlsx.</source>
            <translation>文件 {0} 实际是网页（HTML），只是扩展名为 .xls（一些系统这样导出表格）。请用 Excel 或 WPS 打开，另存为 .xlsx 后再导入。</translation>
        </message>
        <message>
            <source>The file {0} is an OpenDocument spreadsheet (.ods). Save it as Excel 工作簿 (*.xlsx).</source>
            <translation>文件 {0} 是 OpenDocument 表格（.ods）。请另存为 Excel 工作簿（*.xlsx）后再导入。</translation>
        </message>
        <message>
            <source>The file {0} is an old Word document (.doc). Save it as Word 文档 (*.docx).</source>
            <translation>文件 {0} 是旧版 Word 文档（.doc）。请另存为 Word 文档（*.docx）后再导入。</translation>
        </message>
        <message>
            <source>The file {0} is password-protected. Open it in Excel or WPS, remove the password, and save it as .xlsx.</source>
            <translation>文件 {0} 设有密码。请用 Excel 或 WPS 打开，取消密码并另存为 .xlsx 后再导入。</translation>
        </message>
        <message>
            <source>The file {0} is damaged or not a Word document: {1}</source>
            <translation>文件 {0} 已损坏或不是 Word 文档：{1}</translation>
        </message>
        <message>
            <source>The file {0} is not a Word document (.docx), or it is password-protected.</source>
            <translation>文件 {0} 不是 Word 文档（.docx），或设有密码。</translation>
        </message>
        <message>
            <source>table {0}</source>
            <translation>表{0}</translation>
        </message>
        <message>
            <source>The document {0} holds no table, and no numbered tasks with 牵头单位 in its text.</source>
            <translation>文档 {0} 中没有表格，正文中也没有带“牵头单位”的编号任务。</translation>
        </message>
        <message>
            <source>tasks in the text</source>
            <translation>正文中的任务</translation>
        </message>
        <message>
            <source>The file {0} would expand to more than {1} MB when read; it is refused as it may be a damaged or hostile file. Save the table again in a new file.</source>
            <translation>文件 {0} 读取时会解压到超过 {1} MB，可能已损坏或是恶意文件，已拒绝读取。请把表格另存为一个新文件后再导入。</translation>
        </message>
        <message>
            <source>The workbook was not written: a cell can hold at most {0} characters in Excel.</source>
            <translation>工作簿未写出：Excel 的一个单元格最多只能容纳 {0} 个字符。</translation>
        </message>
        <message>
            <source>Too long: {0}</source>
            <translation>超长：{0}</translation>
        </message>
        <message>
            <source>The file {0} declares XML entities (a DOCTYPE), which Excel, WPS and Word never write; it is refused as a hostile file. Save the table again in a new file.</source>
            <translation>文件 {0} 中声明了 XML 实体（DOCTYPE），Excel、WPS 和 Word 都不会这样写，已作为可疑文件拒绝读取。请把表格另存为一个新文件后再导入。</translation>
        </message>
        <message>
            <source>The file {0} is not text: save the plan as a Word document or as text.</source>
            <translation>文件 {0} 不是文本文件：请把方案另存为 Word 文档或文本文件。</translation>
        </message>
        <message>
            <source>The file {0} is too large for a plan's text.</source>
            <translation>文件 {0} 太大，不像是一份方案的文字。</translation>
        </message>
        <message>
            <source>The text of {0} holds no numbered tasks under a section of the plan's tasks.</source>
            <translation>{0} 的文字中，在方案的任务部分（如“二、重点任务”）下没有找到带编号的任务。</translation>
        </message>
        <message>
            <source>{0} has a table of {1:,} rows; an import takes at most {2:,}. Split it into parts.</source>
            <translation>{0} 中的表格有 {1:,} 行，一次最多导入 {2:,} 行。请分成几部分导入。</translation>
        </message>
        <message>
            <source>{0} has a table {1:,} columns wide; an import takes at most {2:,}.</source>
            <translation>{0} 中的表格有 {1:,} 列宽，一次最多导入 {2:,} 列。</translation>
        </message>
        <message>
            <source>{0}: the cell {1}{2} of “{3}” holds {4:,} characters; a cell holds at most {5:,}. Shorten it and import the file again.</source>
            <translation>{0}：“{3}”的 {1}{2} 单元格有 {4:,} 个字，一个单元格最多只能容纳 {5:,} 个字。请删减后重新导入。</translation>
        </message>
    </context>
    <context>
        <name>PhasesEditor</name>
        <message>
            <source>Add phase</source>
            <translation>添加阶段</translation>
        </message>
        <message>
            <source>From</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>New phase</source>
            <translation>新阶段</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>Remove phase</source>
            <translation>删除阶段</translation>
        </message>
        <message>
            <source>Row {0}: dates must look like 2025-03-26.</source>
            <translation>第 {0} 行：日期须按 2025-03-26 的格式填写。</translation>
        </message>
        <message>
            <source>To</source>
            <translation>结束</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>: {0}</source>
            <translation>：{0}</translation>
        </message>
        <message>
            <source>added</source>
            <translation>新增</translation>
        </message>
        <message>
            <source>campaign</source>
            <translation>创建活动</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>修改</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>demo data</source>
            <translation>演示数据</translation>
        </message>
        <message>
            <source>end</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <source>imported</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>issuing office</source>
            <translation>发文机关</translation>
        </message>
        <message>
            <source>leader in charge</source>
            <translation>分管领导</translation>
        </message>
        <message>
            <source>level</source>
            <translation>创建级别</translation>
        </message>
        <message>
            <source>liaison</source>
            <translation>联络员</translation>
        </message>
        <message>
            <source>name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>phase</source>
            <translation>实施阶段</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>联系电话</translation>
        </message>
        <message>
            <source>population</source>
            <translation>常住人口</translation>
        </message>
        <message>
            <source>region</source>
            <translation>城市或区县</translation>
        </message>
        <message>
            <source>report due day</source>
            <translation>报送截止日</translation>
        </message>
        <message>
            <source>rule set</source>
            <translation>评价细则</translation>
        </message>
        <message>
            <source>setting</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>start</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <source>status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>task</source>
            <translation>任务</translation>
        </message>
        <message>
            <source>type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>unit</source>
            <translation>成员单位</translation>
        </message>
        <message>
            <source>unit alias</source>
            <translation>单位别名</translation>
        </message>
        <message>
            <source>value</source>
            <translation>取值</translation>
        </message>
        <message>
            <source>category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>document date</source>
            <translation>形成日期</translation>
        </message>
        <message>
            <source>document number</source>
            <translation>文号</translation>
        </message>
        <message>
            <source>evidence</source>
            <translation>佐证材料</translation>
        </message>
        <message>
            <source>evidence mark</source>
            <translation>材料标记</translation>
        </message>
        <message>
            <source>item</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>period</source>
            <translation>所属期间</translation>
        </message>
        <message>
            <source>public or internal</source>
            <translation>公开属性</translation>
        </message>
        <message>
            <source>recycle bin</source>
            <translation>回收站</translation>
        </message>
        <message>
            <source>review</source>
            <translation>审核状态</translation>
        </message>
        <message>
            <source>review comment</source>
            <translation>审核意见</translation>
        </message>
        <message>
            <source>state</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>archived report</source>
            <translation>归档报表</translation>
        </message>
        <message>
            <source>date of issue</source>
            <translation>成文日期</translation>
        </message>
        <message>
            <source>day sent</source>
            <translation>报送日期</translation>
        </message>
        <message>
            <source>deadline</source>
            <translation>完成时限</translation>
        </message>
        <message>
            <source>issue number</source>
            <translation>期号</translation>
        </message>
        <message>
            <source>monthly bulletin text</source>
            <translation>月度通报文字</translation>
        </message>
        <message>
            <source>monthly report</source>
            <translation>月度报送</translation>
        </message>
        <message>
            <source>next steps</source>
            <translation>下步工作</translation>
        </message>
        <message>
            <source>overview</source>
            <translation>总体情况</translation>
        </message>
        <message>
            <source>problems</source>
            <translation>存在问题</translation>
        </message>
        <message>
            <source>progress</source>
            <translation>进度</translation>
        </message>
        <message>
            <source>record</source>
            <translation>记录</translation>
        </message>
        <message>
            <source>responsibility for an item</source>
            <translation>指标责任分工</translation>
        </message>
        <message>
            <source>summary</source>
            <translation>摘要</translation>
        </message>
        <message>
            <source>督办</source>
            <translation>督办</translation>
        </message>
        <message>
            <source>backup</source>
            <translation>备份</translation>
        </message>
        <message>
            <source>restored</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>failed to log in</source>
            <translation>登录失败</translation>
        </message>
        <message>
            <source>logged in</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>user</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>basis</source>
            <translation>依据</translation>
        </message>
        <message>
            <source>score</source>
            <translation>得分</translation>
        </message>
        <message>
            <source>self-assessment score</source>
            <translation>自评得分</translation>
        </message>
        <message>
            <source>veto item</source>
            <translation>否决项</translation>
        </message>
        <message>
            <source>measured value</source>
            <translation>指标数值</translation>
        </message>
        <message>
            <source>finding to rectify</source>
            <translation>整改问题</translation>
        </message>
        <message>
            <source>inspection</source>
            <translation>检查</translation>
        </message>
        <message>
            <source>self-assessment snapshot</source>
            <translation>自评快照</translation>
        </message>
        <message>
            <source>asks for</source>
            <translation>报送内容</translation>
        </message>
        <message>
            <source>due</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <source>reporting cycle</source>
            <translation>报送方式</translation>
        </message>
        <message>
            <source>reporting round</source>
            <translation>报送轮次</translation>
        </message>
        <message>
            <source>moved</source>
            <translation>迁移</translation>
        </message>
        <message>
            <source>point {0}</source>
            <translation>第{0}项要点</translation>
        </message>
        <message>
            <source>the collective names remembered</source>
            <translation>记住的集体称谓</translation>
        </message>
        <message>
            <source>the last backup</source>
            <translation>上次备份</translation>
        </message>
        <message>
            <source>the last check of the evidence files</source>
            <translation>上次核验佐证材料文件</translation>
        </message>
        <message>
            <source>the recovery code</source>
            <translation>恢复码</translation>
        </message>
        <message>
            <source>users and roles on or off</source>
            <translation>人员与角色的开关</translation>
        </message>
        <message>
            <source>{0} points</source>
            <translation>{0}分</translation>
        </message>
        <message>
            <source>the fill-in forms last written</source>
            <translation>最近生成的填报表</translation>
        </message>
        <message>
            <source>the first steps hidden on 首页</source>
            <translation>首页“开始使用”清单的显示</translation>
        </message>
        <message>
            <source> and {0} more</source>
            <translation> 等，另有 {0} 条</translation>
        </message>
        <message>
            <source>Comparing it with its anchors</source>
            <translation>与锚点核对</translation>
        </message>
        <message>
            <source>Comparing it with the data</source>
            <translation>与数据核对</translation>
        </message>
        <message>
            <source>Entry {0} does not follow from the one before it: it, or an entry before it, was changed, removed or moved outside the program.</source>
            <translation>第 {0} 条记录与前一条接不上：操作记录在程序之外被篡改过（它或它之前的记录被改动、删除或挪动）。</translation>
        </message>
        <message>
            <source>Every record checked has the entry that made it, and every file is the one recorded.</source>
            <translation>所核对的每条数据都有新增它的记录，每份材料的文件都与记录一致。</translation>
        </message>
        <message>
            <source>Evidence: {0} record(s) point at another file than their history recorded ({1}).</source>
            <translation>佐证材料：{0} 条所指的文件与操作记录中的不同（{1}）。</translation>
        </message>
        <message>
            <source>Nothing has changed since: the data is as the report shows it.</source>
            <translation>此后没有任何改动：数据与报表所示一致。</translation>
        </message>
        <message>
            <source>Reading the history</source>
            <translation>读取操作记录</translation>
        </message>
        <message>
            <source>The backup “{0}”</source>
            <translation>备份“{0}”</translation>
        </message>
        <message>
            <source>The chain holds: {0} entries, none changed or moved; check code {1}.</source>
            <translation>操作记录完整：共 {0} 条，无一被改动或挪动；校验码 {1}。</translation>
        </message>
        <message>
            <source>The check code {0} is entry {1}: {2}, {3} by {4}.</source>
            <translation>校验码 {0} 是第 {1} 条记录：{2}，{4} {3}。</translation>
        </message>
        <message>
            <source>The check code {0} is not in the history: the report was printed from other data, the history was changed since, or the code is mistyped.</source>
            <translation>校验码 {0} 不在操作记录中：报表打印自别的数据，或此后操作记录被改动过，或校验码抄错。</translation>
        </message>
        <message>
            <source>The record beside the database file</source>
            <translation>数据库文件旁的记录</translation>
        </message>
        <message>
            <source>The report “{0}”</source>
            <translation>报表“{0}”</translation>
        </message>
        <message>
            <source>{0} anchor(s) kept outside the history agree with it.</source>
            <translation>操作记录之外保存的 {0} 个锚点与之相符。</translation>
        </message>
        <message>
            <source>{0} change(s) came after it, the latest {1}: {2} by {3}.</source>
            <translation>此后又有 {0} 项改动，最近一次 {1}：{3} {2}。</translation>
        </message>
        <message>
            <source>{0} recorded the history as it stood at {1} (check code {2}); that entry is no longer there: entries up to then were removed or changed. The history now ends at entry {3} ({4}).</source>
            <translation>{0}记下了 {1} 时的操作记录（校验码 {2}），这条记录现已不在：截至那时的记录被删除或改动过。现存记录止于第 {3} 条（{4}）。</translation>
        </message>
        <message>
            <source>{0}: {1} record(s) gone without an entry deleting them ({2}).</source>
            <translation>{0}：{1} 条已不在，却没有删除它的记录（{2}）。</translation>
        </message>
        <message>
            <source>{0}: {1} record(s) with no entry creating them ({2}).</source>
            <translation>{0}：{1} 条没有新增它的记录（{2}）。</translation>
        </message>
        <message>
            <source>“{0}” is no check code: a check code is the 16 letters and digits printed on a report.</source>
            <translation>“{0}”不是校验码：校验码是报表上印的 16 位字母和数字。</translation>
        </message>
    </context>
    <context>
        <name>Evidence</name>
        <message>
            <source>Not added: the filing was cancelled.</source>
            <translation>未归档：已取消归档。</translation>
        </message>
        <message>
            <source>Only records in the recycle bin can be deleted for good: {0}.</source>
            <translation>只有回收站中的材料才能彻底删除：{0}。</translation>
        </message>
        <message>
            <source>The category must be one of {0}.</source>
            <translation>材料类别须为 {0} 之一。</translation>
        </message>
        <message>
            <source>The disk is full; “{0}” was not taken. Free some space and add it again.</source>
            <translation>磁盘已满，“{0}”未归档。请清理磁盘空间后重新添加。</translation>
        </message>
        <message>
            <source>The evidence was not filed.</source>
            <translation>佐证材料未归档。</translation>
        </message>
        <message>
            <source>The period “{0}” must be a month like 2025-03.</source>
            <translation>所属月份“{0}”须按 2025-03 的格式填写。</translation>
        </message>
        <message>
            <source>The rule set has no item ({0}).</source>
            <translation>评价细则中没有第({0})项。</translation>
        </message>
        <message>
            <source>There is no evidence record {0}.</source>
            <translation>没有编号为 {0} 的材料。</translation>
        </message>
        <message>
            <source>There is no unit called “{0}”; add it under 成员单位 first.</source>
            <translation>没有名为“{0}”的单位，请先在“成员单位”中添加。</translation>
        </message>
        <message>
            <source>“{0}” cannot be opened (it may be open in another program): {1}</source>
            <translation>无法打开“{0}”（可能正被其他程序占用）：{1}</translation>
        </message>
        <message>
            <source>“{0}” cannot be read: {1}</source>
            <translation>无法读取“{0}”：{1}</translation>
        </message>
        <message>
            <source>“{0}” could not be read to the end: {1}</source>
            <translation>“{0}”未能完整读取：{1}</translation>
        </message>
        <message>
            <source>“{0}” could not be stored: {1}</source>
            <translation>“{0}”未能保存：{1}</translation>
        </message>
        <message>
            <source>“{0}” is already filed under this item as “{1}”.</source>
            <translation>“{0}”已作为“{1}”归档在该项下。</translation>
        </message>
        <message>
            <source>“{0}” is empty (0 bytes).</source>
            <translation>“{0}”是空文件（0 字节）。</translation>
        </message>
        <message>
            <source>“{0}” is larger than 2 GB; split it or compress it first.</source>
            <translation>“{0}”超过 2 GB，请先拆分或压缩。</translation>
        </message>
        <message>
            <source>“{0}” is not an ordinary file.</source>
            <translation>“{0}”不是普通文件。</translation>
        </message>
        <message>
            <source>“{0}” no longer exists.</source>
            <translation>“{0}”已不存在。</translation>
        </message>
        <message>
            <source>Say why the evidence is returned, so the unit knows what to fix.</source>
            <translation>请说明退回原因，以便单位知道需要补充或修改什么。</translation>
        </message>
        <message>
            <source>The mark must be one of {0}.</source>
            <translation>标记须为 {0} 之一。</translation>
        </message>
        <message>
            <source>The review state must be one of {0}.</source>
            <translation>审核状态须为 {0} 之一。</translation>
        </message>
        <message>
            <source>The file of “{0}” is missing from the store; run the integrity check.</source>
            <translation>“{0}”的文件在材料库中缺失，请运行完整性检查。</translation>
        </message>
        <message>
            <source>The title must not be empty.</source>
            <translation>标题不能为空。</translation>
        </message>
        <message>
            <source>“{0}” has characters in its name that cannot be read (perhaps from another system's code page); rename it and add it again.</source>
            <translation>“{0}”的文件名中有无法识别的字符（可能来自使用其他编码的系统），请改名后再添加。</translation>
        </message>
        <message>
            <source>No shared evidence folder is set for this server campaign; ask the IT person to set one.</source>
            <translation>服务器上的这个创建活动还没有设置存放佐证材料的共享文件夹，请信息化人员设置。</translation>
        </message>
        <message>
            <source>“{0}” was changed by {1} at {2} since you opened it. Nothing was saved; the list is reloaded — look again and save once more.</source>
            <translation>“{0}”在您打开之后已由 {1} 于 {2} 修改。本次未保存；列表已重新读取，请查看后再保存一次。</translation>
        </message>
        <message>
            <source>The server's disk is full; “{0}” was not taken. Ask the IT person to free space.</source>
            <translation>服务器磁盘已满，“{0}”未能存入。请信息化人员清理磁盘空间。</translation>
        </message>
        <message>
            <source>“{0}” could not be stored in the database: {1}</source>
            <translation>“{0}”未能存入数据库：{1}</translation>
        </message>
        <message>
            <source>The shared evidence folder {0} cannot be reached (it is gone, or the network is down); “{1}” was not taken.</source>
            <translation>佐证材料共享文件夹 {0} 无法访问（已不存在，或网络已断开），“{1}”未能存入。</translation>
        </message>
        <message>
            <source>The evidence folder may not be written to (read-only, or no permission); “{0}” was not taken. Ask the IT person to give this PC write access.</source>
            <translation>佐证材料文件夹不可写入（只读，或没有写入权限），“{0}”未能存入。请信息化人员为本机开通写入权限。</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <source>Checking the backup</source>
            <translation>正在检查备份</translation>
        </message>
        <message>
            <source>Replacing the data</source>
            <translation>正在替换数据</translation>
        </message>
        <message>
            <source>Unpacking</source>
            <translation>正在解压</translation>
        </message>
        <message>
            <source>{0} could not be unpacked intact.</source>
            <translation>{0} 未能完整解压。</translation>
        </message>
        <message>
            <source>{0} is damaged.</source>
            <translation>{0} 已损坏。</translation>
        </message>
        <message>
            <source>{0} is damaged: “{1}” does not match.</source>
            <translation>{0} 已损坏：“{1}”与记录不符。</translation>
        </message>
        <message>
            <source>{0} is incomplete or has been changed.</source>
            <translation>{0} 不完整或已被改动。</translation>
        </message>
        <message>
            <source>{0} is not a backup of this program, or it is damaged.</source>
            <translation>{0} 不是本程序的备份，或已损坏。</translation>
        </message>
        <message>
            <source>{0} is not a backup of this program.</source>
            <translation>{0} 不是本程序的备份。</translation>
        </message>
        <message>
            <source>{0} was made by a newer version of this program; install it first.</source>
            <translation>{0} 由更新版本的本程序生成，请先安装新版本。</translation>
        </message>
        <message>
            <source>The data has never been backed up. Back it up now, to a USB stick or another disk.</source>
            <translation>数据从未备份过。请立即备份到U盘或其他磁盘。</translation>
        </message>
        <message>
            <source>The last backup was made {0} days ago. Back up now, to a USB stick or another disk.</source>
            <translation>上次备份已是 {0} 天前。请立即备份到U盘或其他磁盘。</translation>
        </message>
        <message>
            <source>Checking the database</source>
            <translation>正在检查数据库</translation>
        </message>
        <message>
            <source>The backup holds the campaign “{0}”, not “{1}” of the current data. Restoring it replaces this campaign's data with the other one's.</source>
            <translation>备份中是创建活动“{0}”，而不是当前数据的“{1}”。恢复后，当前创建活动的数据将被另一个创建活动的数据替换。</translation>
        </message>
        <message>
            <source>There is no data set aside by an earlier restore in {0}.</source>
            <translation>{0} 中没有以前恢复备份时保存的数据。</translation>
        </message>
        <message>
            <source>{0} holds a database that is damaged or not this program's; nothing was changed.</source>
            <translation>{0} 中的数据库已损坏或不是本程序的数据库，未做任何改动。</translation>
        </message>
        <message>
            <source>The backup was not written: {0} stored file(s) are missing and {1} altered. Run the integrity check (佐证材料 → 检查与备份) and restore them from an earlier backup first.</source>
            <translation>备份未写出：材料库中有 {0} 个文件缺失、{1} 个文件被改动。请先在“佐证材料 → 检查与备份”中检查，并从以前的备份中恢复这些文件。</translation>
        </message>
        <message>
            <source>altered: {0}</source>
            <translation>已改动：{0}</translation>
        </message>
        <message>
            <source>missing: {0}</source>
            <translation>缺失：{0}</translation>
        </message>
        <message>
            <source>The backup was not written: the database is damaged ({0}). Restore the last good backup instead.</source>
            <translation>备份未写出：数据库已损坏（{0}）。请改为恢复最近一次完好的备份。</translation>
        </message>
        <message>
            <source>{0} holds “{1}”, which no backup of this program holds; it was not used.</source>
            <translation>{0} 中含有“{1}”，本程序的备份不会含有这样的内容，未使用该备份。</translation>
        </message>
        <message>
            <source>The server already holds a campaign, which every clerk works on; it was left as it was. To replace it with the backup, say so explicitly (--replace-server-campaign).</source>
            <translation>服务器上已有各同事正在使用的创建活动，未作任何更改。如确需用备份替换它，请明确指定（--replace-server-campaign）。</translation>
        </message>
        <message>
            <source>making a backup</source>
            <translation>备份数据</translation>
        </message>
        <message>
            <source>restoring a backup</source>
            <translation>从备份恢复数据</translation>
        </message>
        <message>
            <source>{0} holds a database with what this program never makes ({1}); nothing was changed.</source>
            <translation>{0} 中的数据库含有本程序从不建立的内容（{1}），未作任何改动。</translation>
        </message>
        <message>
            <source>The data restored from {0} could not be opened ({1}); the data as it was before the restore has been put back by itself, and nothing else was changed.</source>
            <translation>从 {0} 恢复的数据无法打开（{1}）；程序已自动放回恢复前的数据，其他一概未改动。</translation>
        </message>
        <message>
            <source>{0} holds a database that could not be brought up to this version of the program ({1}); nothing was changed.</source>
            <translation>{0} 中的数据库无法升级到本程序的当前版本（{1}），未作任何改动。</translation>
        </message>
        <message>
            <source>{0} holds a database whose rows point at rows that are not there ({1}); nothing was changed.</source>
            <translation>{0} 中的数据库有记录指向不存在的记录（{1}），未作任何改动。</translation>
        </message>
        <message>
            <source>The backup holds no passwords (it was made by someone other than an administrator), so users were turned off: an administrator turns them on again and sets everyone's password.</source>
            <translation>该备份不含密码（由管理员以外的人员制作），用户功能已关闭：请管理员重新开启，并为每人设置密码。</translation>
        </message>
        <message>
            <source>The backup holds the people and their roles but not their passwords: only an administrator's backup carries them.</source>
            <translation>备份中有人员及其角色，但不含密码：只有管理员做的备份才含密码。</translation>
        </message>
        <message>
            <source>The backup was made before users were turned on, or without the passwords: the {0} people here and their roles were kept.</source>
            <translation>该备份做于开启用户功能之前，或不含密码：保留了现有的 {0} 名人员及其角色。</translation>
        </message>
    </context>
    <context>
        <name>Binder</name>
        <message>
            <source>There is no evidence to export yet.</source>
            <translation>还没有可导出的佐证材料。</translation>
        </message>
        <message>
            <source>Copying files: {0} of {1}</source>
            <translation>复制文件：{0} / {1}</translation>
        </message>
        <message>
            <source>Preparing the folders…</source>
            <translation>正在准备文件夹…</translation>
        </message>
        <message>
            <source>The binder exported before in {0} could not be replaced: close its files in other programs and export again. It is kept as it was.</source>
            <translation>无法替换 {0} 中此前导出的迎检资料：请关闭其他程序中打开的其中文件后重新导出。原有资料保持不变。</translation>
        </message>
        <message>
            <source>Writing {0}…</source>
            <translation>正在写出 {0}…</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>The font cannot print these characters: {0}</source>
            <translation>字体中没有以下字符，无法打印：{0}</translation>
        </message>
        <message>
            <source>No font can print these characters; they were printed as □: {0}</source>
            <translation>以下字符所有字体均无法显示，已以“□”代替，请核对：{0}</translation>
        </message>
        <message>
            <source> (in: {0})</source>
            <translation>（见于：{0}）</translation>
        </message>
    </context>
    <context>
        <name>CoveragePanel</name>
        <message>
            <source>Category / point</source>
            <translation>类别 / 评价点</translation>
        </message>
        <message>
            <source>Click a cell of the map.</source>
            <translation>请点击热力图中的格子。</translation>
        </message>
        <message>
            <source>Complete</source>
            <translation>已齐全</translation>
        </message>
        <message>
            <source>Filed, not yet passed</source>
            <translation>已报送，未审核通过</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>项数</translation>
        </message>
        <message>
            <source>Items whose every responsible unit is marked complete:</source>
            <translation>所有责任单位均标记“已齐全”的项目：</translation>
        </message>
        <message>
            <source>List records</source>
            <translation>查看材料</translation>
        </message>
        <message>
            <source>Mark complete</source>
            <translation>标记已齐全</translation>
        </message>
        <message>
            <source>Mark incomplete</source>
            <translation>标记待完善</translation>
        </message>
        <message>
            <source>Marked complete ✓</source>
            <translation>已齐全 ✓</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>缺材料</translation>
        </message>
        <message>
            <source>Not named for the item</source>
            <translation>非该项责任单位</translation>
        </message>
        <message>
            <source>Passed in review</source>
            <translation>审核合格</translation>
        </message>
        <message>
            <source>State: {0}</source>
            <translation>状态：{0}</translation>
        </message>
        <message>
            <source>Units down, items across; the number is the records filed. Click a cell to see its state, double-click to list its records.</source>
            <translation>纵向为单位，横向为项目序号，格中数字为材料份数。单击格子查看状态，双击列出材料。</translation>
        </message>
        <message>
            <source>named responsible for this item</source>
            <translation>该项目的责任单位</translation>
        </message>
        <message>
            <source>not named for this item</source>
            <translation>不是该项目的责任单位</translation>
        </message>
        <message>
            <source>{0} item × unit duties, {1} with nothing filed</source>
            <translation>共 {0} 项单位责任，其中 {1} 项尚无材料</translation>
        </message>
        <message>
            <source>{0} records, {1} passed, {2} returned</source>
            <translation>材料 {0} 份，合格 {1} 份，退回 {2} 份</translation>
        </message>
    </context>
    <context>
        <name>EvidenceDetail</name>
        <message>
            <source>(no unit)</source>
            <translation>（未指定单位）</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>公开属性</translation>
        </message>
        <message>
            <source>Back to pending</source>
            <translation>改回待审核</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Doc. no.</source>
            <translation>文号</translation>
        </message>
        <message>
            <source>Document date</source>
            <translation>形成日期</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Filed on</source>
            <translation>上传时间</translation>
        </message>
        <message>
            <source>In the recycle bin.</source>
            <translation>已在回收站中。</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>No preview for this kind of file. Use “Open file” to see it.</source>
            <translation>此类文件无法预览，请点“打开文件”查看。</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Open a copy with the program the computer uses for this kind of file</source>
            <translation>用本机关联的程序打开文件副本</translation>
        </message>
        <message>
            <source>Open file</source>
            <translation>打开文件</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>合格</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>所属期间</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>预览</translation>
        </message>
        <message>
            <source>Preview: page 1–{0} of {1}</source>
            <translation>预览：第 1–{0} 页，共 {1} 页</translation>
        </message>
        <message>
            <source>Preview: the file's text</source>
            <translation>预览：文件文字</translation>
        </message>
        <message>
            <source>Return…</source>
            <translation>退回…</translation>
        </message>
        <message>
            <source>Review:</source>
            <translation>审核：</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>Select a record to see it here. Drop files onto an item on the left to file them.</source>
            <translation>选中一条材料即可在此查看。把文件拖到左侧的项目上即可归档。</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>在文件夹中显示</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>文字</translation>
        </message>
        <message>
            <source>The stored file is missing. Run the integrity check under 检查与备份.</source>
            <translation>材料库中的文件缺失。请在“检查与备份”中运行完整性检查。</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>could not be read: not searchable by content</source>
            <translation>无法读取，不能按内容搜索</translation>
        </message>
        <message>
            <source>internal</source>
            <translation>内部</translation>
        </message>
        <message>
            <source>no text (a scan or a picture): not searchable by content</source>
            <translation>无文字（扫描件或图片），不能按内容搜索</translation>
        </message>
        <message>
            <source>public</source>
            <translation>可公开</translation>
        </message>
        <message>
            <source>read, searchable by content</source>
            <translation>已提取，可按内容搜索</translation>
        </message>
        <message>
            <source>waiting to be read</source>
            <translation>等待提取</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>关联任务</translation>
        </message>
        <message>
            <source>Preview: rendering the first pages…</source>
            <translation>预览：正在生成前几页……</translation>
        </message>
        <message>
            <source>No preview: {0}. Use “Open file” to see it.</source>
            <translation>无法预览：{0}。可点“打开文件”查看。</translation>
        </message>
        <message>
            <source>a scan or a picture: its text is being recognised</source>
            <translation>扫描件或图片：正在识别其中的文字</translation>
        </message>
        <message>
            <source>recognised from the scan, searchable by content (confidence {0:.0%})</source>
            <translation>识别所得，可按内容搜索（可信度 {0:.0%}）</translation>
        </message>
        <message>
            <source>Preview: the text recognised from the scan</source>
            <translation>预览：从扫描件识别出的文字</translation>
        </message>
        <message>
            <source>Recognised text</source>
            <translation>识别文字</translation>
        </message>
        <message>
            <source>Show the text recognised from the scan instead of the picture</source>
            <translation>显示从扫描件识别出的文字（代替图片）</translation>
        </message>
    </context>
    <context>
        <name>EvidenceDialog</name>
        <message>
            <source>(no unit)</source>
            <translation>（未指定单位）</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Doc. no. (文号)</source>
            <translation>文号</translation>
        </message>
        <message>
            <source>Document date</source>
            <translation>形成日期</translation>
        </message>
        <message>
            <source>Each file's own name</source>
            <translation>各文件的文件名</translation>
        </message>
        <message>
            <source>Edit evidence</source>
            <translation>编辑佐证材料</translation>
        </message>
        <message>
            <source>File evidence</source>
            <translation>归档佐证材料</translation>
        </message>
        <message>
            <source>File “{0}”</source>
            <translation>归档“{0}”</translation>
        </message>
        <message>
            <source>From the file name</source>
            <translation>默认取文件名</translation>
        </message>
        <message>
            <source>Item *</source>
            <translation>项目 *</translation>
        </message>
        <message>
            <source>May be made public (otherwise internal)</source>
            <translation>可公开（不勾选为内部）</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>所属期间</translation>
        </message>
        <message>
            <source>Please correct:</source>
            <translation>请更正：</translation>
        </message>
        <message>
            <source>The title must not be empty.</source>
            <translation>标题不能为空。</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>e.g. 昌食安办〔2026〕12号</source>
            <translation>如：昌食安办〔2026〕12号</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>未填写</translation>
        </message>
        <message>
            <source>{0} files, the first “{1}”</source>
            <translation>共 {0} 个文件，第一个为“{1}”</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（不关联）</translation>
        </message>
        <message>
            <source>Task (optional)</source>
            <translation>关联任务（可选）</translation>
        </message>
        <message>
            <source>by each file's type</source>
            <translation>按文件类型（图片为照片）</translation>
        </message>
        <message>
            <source> (shared words: {0})</source>
            <translation>（相同的词：{0}）</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>发文机关</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>评价内容</translation>
        </message>
        <message>
            <source>No suggestions: {0}</source>
            <translation>无法给出建议：{0}</translation>
        </message>
        <message>
            <source>No text could be read from the file; only its name was used.</source>
            <translation>未能读出文件的文字，只按文件名判断。</translation>
        </message>
        <message>
            <source>Reading the file for suggestions…</source>
            <translation>正在读取文件以给出建议…</translation>
        </message>
        <message>
            <source>Suggested</source>
            <translation>建议</translation>
        </message>
        <message>
            <source>The file's text suggests nothing.</source>
            <translation>文件的文字中没有可建议的内容。</translation>
        </message>
        <message>
            <source>Use the suggestions</source>
            <translation>采用建议</translation>
        </message>
        <message>
            <source>or</source>
            <translation>或</translation>
        </message>
    </context>
    <context>
        <name>EvidenceModels</name>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Doc. no.</source>
            <translation>文号</translation>
        </message>
        <message>
            <source>Document date</source>
            <translation>形成日期</translation>
        </message>
        <message>
            <source>Filed on</source>
            <translation>上传时间</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>所属期间</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>审核</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Where the words stand</source>
            <translation>命中位置</translation>
        </message>
        <message>
            <source>(removed)</source>
            <translation>（已删除）</translation>
        </message>
        <message>
            <source>Item ({0})</source>
            <translation>项目（{0}）</translation>
        </message>
        <message>
            <source>Not named for this item</source>
            <translation>非该项责任单位</translation>
        </message>
        <message>
            <source>Responsible for this item</source>
            <translation>该项责任单位</translation>
        </message>
        <message>
            <source>State: {0}</source>
            <translation>状态：{0}</translation>
        </message>
        <message>
            <source>{0} records, {1} passed, {2} returned</source>
            <translation>材料 {0} 份，合格 {1} 份，退回 {2} 份</translation>
        </message>
    </context>
    <context>
        <name>EvidencePage</name>
        <message>
            <source> (the newest {0}; add words to narrow the search)</source>
            <translation>（只列出最新的 {0} 条，请增加关键词缩小范围）</translation>
        </message>
        <message>
            <source> Filing was stopped; the files filed before that are kept.</source>
            <translation>归档已停止，此前已归档的文件均保留。</translation>
        </message>
        <message>
            <source> {0} files were not taken:</source>
            <translation>有 {0} 个文件未归档：</translation>
        </message>
        <message>
            <source> {0} of them have the same content as files already stored and were linked, not copied again.</source>
            <translation>其中 {0} 个与库中已有文件内容相同，已直接关联，未重复保存。</translation>
        </message>
        <message>
            <source> — {0} moved to the recycle bin; restore them from there.</source>
            <translation>—— 已将 {0} 条移入回收站，可在回收站中还原。</translation>
        </message>
        <message>
            <source>Add a folder…</source>
            <translation>添加文件夹…</translation>
        </message>
        <message>
            <source>Add every file of a folder</source>
            <translation>添加文件夹中的全部文件</translation>
        </message>
        <message>
            <source>Add evidence files</source>
            <translation>添加佐证材料文件</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>添加文件…</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>全部类别</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>所有文件 (*)</translation>
        </message>
        <message>
            <source>All periods</source>
            <translation>全部期间</translation>
        </message>
        <message>
            <source>All units</source>
            <translation>全部单位</translation>
        </message>
        <message>
            <source>Any review state</source>
            <translation>全部审核状态</translation>
        </message>
        <message>
            <source>Checks and backup</source>
            <translation>检查与备份</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>覆盖情况</translation>
        </message>
        <message>
            <source>Delete for good…</source>
            <translation>彻底删除…</translation>
        </message>
        <message>
            <source>Delete {0} records for good? Files no other record uses are removed from the store. This cannot be undone.</source>
            <translation>彻底删除这 {0} 条材料吗？没有其他材料使用的文件将从材料库中删除，且无法恢复。</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>佐证材料</translation>
        </message>
        <message>
            <source>Export inspection binder…</source>
            <translation>导出迎检资料…</translation>
        </message>
        <message>
            <source>Export only the evidence that passed review? Choose “No” to export all filed evidence.</source>
            <translation>只导出审核合格的材料吗？选“否”则导出全部已归档材料。</translation>
        </message>
        <message>
            <source>File texts read: {0} with text, {1} without (scans, pictures), {2} unreadable.</source>
            <translation>文字提取完成：有文字 {0} 个，无文字（扫描件、图片）{1} 个，无法读取 {2} 个。</translation>
        </message>
        <message>
            <source>Filing evidence</source>
            <translation>归档佐证材料</translation>
        </message>
        <message>
            <source>Filing evidence…</source>
            <translation>正在归档佐证材料…</translation>
        </message>
        <message>
            <source>Inspection binder</source>
            <translation>迎检资料</translation>
        </message>
        <message>
            <source>Mark a unit’s evidence complete on the Coverage tab.</source>
            <translation>可在“覆盖情况”页把某单位的材料标记为已齐全。</translation>
        </message>
        <message>
            <source>Missing from the store: {0}</source>
            <translation>材料库中缺失：{0}</translation>
        </message>
        <message>
            <source>Move to recycle bin</source>
            <translation>移入回收站</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>合格</translation>
        </message>
        <message>
            <source>Reading file texts for search: {0} of {1}</source>
            <translation>正在提取文件文字以供搜索：{0}/{1}</translation>
        </message>
        <message>
            <source>Reading file texts paused; it goes on when the page is next opened.</source>
            <translation>文字提取已暂停，下次打开本页时继续。</translation>
        </message>
        <message>
            <source>Reading file texts stopped: {0}</source>
            <translation>文字提取中止：{0}</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>材料</translation>
        </message>
        <message>
            <source>Recycle bin</source>
            <translation>回收站</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>责任单位</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>还原</translation>
        </message>
        <message>
            <source>Return evidence</source>
            <translation>退回材料</translation>
        </message>
        <message>
            <source>Search titles, 文号, notes, units and file contents… e.g. 台账</source>
            <translation>搜索标题、文号、备注、单位和文件内容…… 如：台账</translation>
        </message>
        <message>
            <source>Select a record to see it here.</source>
            <translation>选中一条材料即可在此查看。</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>The export was cancelled; nothing was left behind.</source>
            <translation>导出已取消，未留下任何不完整的文件。</translation>
        </message>
        <message>
            <source>The inspection binder was written to {0}: {1} files with an index workbook and PDF.</source>
            <translation>迎检资料已导出到 {0}：共 {1} 个文件，并附目录表格和目录PDF。</translation>
        </message>
        <message>
            <source>There are no files to add in what was chosen (empty folders).</source>
            <translation>所选内容中没有可添加的文件（文件夹为空）。</translation>
        </message>
        <message>
            <source>To file evidence, drop files onto an item on the left, or choose “Add files…”.</source>
            <translation>归档材料：把文件拖到左侧的项目上，或点“添加文件…”。</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Where to write the inspection binder</source>
            <translation>选择迎检资料的导出位置</translation>
        </message>
        <message>
            <source>Why is it returned? The unit will read this.</source>
            <translation>退回原因（责任单位将看到）：</translation>
        </message>
        <message>
            <source>Writing the inspection binder…</source>
            <translation>正在导出迎检资料…</translation>
        </message>
        <message>
            <source>{0} files filed.</source>
            <translation>已归档 {0} 个文件。</translation>
        </message>
        <message>
            <source>{0} records</source>
            <translation>共 {0} 条材料</translation>
        </message>
        <message>
            <source>{0} records found</source>
            <translation>找到 {0} 条材料</translation>
        </message>
        <message>
            <source>{0} records in the recycle bin</source>
            <translation>回收站中有 {0} 条材料</translation>
        </message>
        <message>
            <source>{0} records selected.</source>
            <translation>已选中 {0} 条材料。</translation>
        </message>
        <message>
            <source>A folder…</source>
            <translation>文件夹…</translation>
        </message>
        <message>
            <source>A unit's folder or zip…</source>
            <translation>导入单位文件夹/压缩包…</translation>
        </message>
        <message>
            <source>A zip file…</source>
            <translation>压缩包（.zip）…</translation>
        </message>
        <message>
            <source>File a folder (or .zip) a unit sent: each file goes to the item its name or folder names</source>
            <translation>导入单位报送的文件夹（或 .zip 压缩包）：每个文件按文件名或所在文件夹标明的事项归档</translation>
        </message>
        <message>
            <source>Reading the folder…</source>
            <translation>正在读取文件夹…</translation>
        </message>
        <message>
            <source>The folder a unit sent</source>
            <translation>选择单位报送的文件夹</translation>
        </message>
        <message>
            <source>The zip file a unit sent</source>
            <translation>选择单位报送的压缩包</translation>
        </message>
        <message>
            <source>Zip files (*.zip)</source>
            <translation>压缩包 (*.zip)</translation>
        </message>
        <message>
            <source>“{0}” is a program or a script: opening it would run it on this PC. Evidence is seldom a program. Open it all the same?</source>
            <translation>“{0}”是程序或脚本，打开它会在本机上运行。佐证材料一般不会是程序。仍要打开吗？</translation>
        </message>
        <message>
            <source> Beside it, for the office only: {0} ({1} item(s) still lacking materials).</source>
            <translation>同一位置另有尚缺材料清单（仅供创建办使用）：{0}（{1} 项评价内容尚缺材料）。</translation>
        </message>
        <message>
            <source>Changed in the store since it was filed: {0}</source>
            <translation>归档后在资料库中被改动：{0}</translation>
        </message>
        <message>
            <source>Recognising scans paused; it goes on where it stopped.</source>
            <translation>扫描件识别已暂停，下次从停下处继续。</translation>
        </message>
        <message>
            <source>Recognising scans stopped: {0}</source>
            <translation>扫描件识别中止：{0}</translation>
        </message>
        <message>
            <source>Scans recognised: {0} files ({1} pages), {2} could not be recognised.</source>
            <translation>扫描件已识别：{0} 个文件（{1} 页），{2} 个无法识别。</translation>
        </message>
    </context>
    <context>
        <name>ItemTree</name>
        <message>
            <source>All evidence</source>
            <translation>全部材料</translation>
        </message>
        <message>
            <source>Indicator item</source>
            <translation>指标项目</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>材料</translation>
        </message>
        <message>
            <source>{0} ({1} passed)</source>
            <translation>{0}（合格{1}）</translation>
        </message>
        <message>
            <source>{0} records, {1} passed in review</source>
            <translation>材料 {0} 份，审核合格 {1} 份</translation>
        </message>
    </context>
    <context>
        <name>SafetyPanel</name>
        <message>
            <source>, all intact.</source>
            <translation>，全部完好。</translation>
        </message>
        <message>
            <source>, {0} missing and {1} altered.</source>
            <translation>，缺失 {0} 个，被改动 {1} 个。</translation>
        </message>
        <message>
            <source>All {0} stored files are intact.</source>
            <translation>材料库中的 {0} 个文件全部完好。</translation>
        </message>
        <message>
            <source>Back up now…</source>
            <translation>立即备份…</translation>
        </message>
        <message>
            <source>Back up to</source>
            <translation>备份到</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>正在备份…</translation>
        </message>
        <message>
            <source>Backup and restore</source>
            <translation>备份与恢复</translation>
        </message>
        <message>
            <source>Backup written and checked: {0} ({1} files, {2:.1f} MB).</source>
            <translation>备份已写入并校验：{0}（{1} 个文件，{2:.1f} MB）。</translation>
        </message>
        <message>
            <source>Backups (*.fsdbak)</source>
            <translation>备份文件 (*.fsdbak)</translation>
        </message>
        <message>
            <source>Check every file now</source>
            <translation>立即检查全部文件</translation>
        </message>
        <message>
            <source>Checking the stored files…</source>
            <translation>正在检查材料库文件…</translation>
        </message>
        <message>
            <source>Double-click to show the record</source>
            <translation>双击查看该材料</translation>
        </message>
        <message>
            <source>Integrity check</source>
            <translation>完整性检查</translation>
        </message>
        <message>
            <source>Integrity of the stored files</source>
            <translation>材料库完整性</translation>
        </message>
        <message>
            <source>Last backup {0}: {1}</source>
            <translation>上次备份：{0}，{1}</translation>
        </message>
        <message>
            <source>Last checked {0}: {1} files</source>
            <translation>上次检查：{0}，共 {1} 个文件</translation>
        </message>
        <message>
            <source>No backup made yet.</source>
            <translation>尚未备份。</translation>
        </message>
        <message>
            <source>Replace all current data with the backup {0}? The current data is kept in a safety copy (a folder named before-restore-… in the data folder).</source>
            <translation>用备份 {0} 替换当前全部数据吗？当前数据会先保存为安全副本（数据文件夹中名为 before-restore-… 的文件夹）。</translation>
        </message>
        <message>
            <source>Restore from</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <source>Restore from a backup…</source>
            <translation>从备份恢复…</translation>
        </message>
        <message>
            <source>Stored files: {0} with text, {1} without text (scans, pictures), {2} unreadable, {3} waiting. These PDFs have no text to search (scans without a text layer, or unreadable):</source>
            <translation>材料库文件：有文字 {0} 个，无文字（扫描件、图片）{1} 个，无法读取 {2} 个，等待提取 {3} 个。以下PDF没有可搜索的文字（无文字层的扫描件或无法读取）：</translation>
        </message>
        <message>
            <source>Text for search</source>
            <translation>可搜索文字</translation>
        </message>
        <message>
            <source>The stored files have not been checked yet.</source>
            <translation>尚未检查过材料库文件。</translation>
        </message>
        <message>
            <source>altered</source>
            <translation>被改动</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>缺失</translation>
        </message>
        <message>
            <source>no text layer</source>
            <translation>无文字层</translation>
        </message>
        <message>
            <source>unreadable</source>
            <translation>无法读取</translation>
        </message>
        <message>
            <source>{0} files are missing and {1} altered. Restore them from a backup.</source>
            <translation>有 {0} 个文件缺失、{1} 个被改动。请从备份中恢复。</translation>
        </message>
        <message>
            <source>{0} file(s) or folder(s) in the data folder are needed by no record: copies left by filing or a restore that was interrupted. Remove them?</source>
            <translation>数据文件夹中有 {0} 个文件或文件夹没有任何记录使用，是中断的归档或恢复留下的。要删除吗？</translation>
        </message>
        <message>
            <source>{0} item(s) no record needs were removed.</source>
            <translation>已删除 {0} 个无用的文件或文件夹。</translation>
        </message>
        <message>
            <source>The database is damaged: {0}</source>
            <translation>数据库已损坏：{0}</translation>
        </message>
        <message>
            <source>The database is damaged; nothing more is written to it. Restore the last good backup.</source>
            <translation>数据库已损坏，不再向其中写入。请恢复最近一次完好的备份。</translation>
        </message>
    </context>
    <context>
        <name>Tasks</name>
        <message>
            <source>There is no task numbered “{0}” in the plan.</source>
            <translation>实施方案中没有编号为“{0}”的任务。</translation>
        </message>
        <message>
            <source> (perhaps {0})</source>
            <translation>（可能是 {0}）</translation>
        </message>
        <message>
            <source>Imported from {0}</source>
            <translation>从 {0} 导入</translation>
        </message>
        <message>
            <source>Matching units and items</source>
            <translation>正在匹配单位和指标</translation>
        </message>
        <message>
            <source>Progress is a percentage from 0 to 100.</source>
            <translation>进度是 0 到 100 之间的百分数。</translation>
        </message>
        <message>
            <source>Reading the workbook</source>
            <translation>正在读取表格</translation>
        </message>
        <message>
            <source>Saving the tasks</source>
            <translation>正在保存任务</translation>
        </message>
        <message>
            <source>The responsibility table {0} was not imported.</source>
            <translation>指标任务责任分解表 {0} 未导入。</translation>
        </message>
        <message>
            <source>The status must be one of {0}.</source>
            <translation>状态只能是 {0} 之一。</translation>
        </message>
        <message>
            <source>The tasks in {0} were not imported.</source>
            <translation>{0} 中的任务未导入。</translation>
        </message>
        <message>
            <source>sheet “{0}” row {1}: there is no indicator item ({2}).</source>
            <translation>工作表“{0}”第 {1} 行：评价细则中没有第({2})项。</translation>
        </message>
        <message>
            <source>{0} unit name(s) in the workbook are not member units. Map each to a unit or create it.</source>
            <translation>表中有 {0} 个单位名称不是成员单位。请把每个名称对应到已有单位，或新建该单位。</translation>
        </message>
        <message>
            <source>“{0}” was to be mapped to “{1}”, which is no member unit.</source>
            <translation>要把“{0}”对应到“{1}”，但该单位不是成员单位。</translation>
        </message>
        <message>
            <source>An extension needs a new date, such as 2025年6月底前.</source>
            <translation>延期需要填写新的完成日期，如 2025年6月底前。</translation>
        </message>
        <message>
            <source>Say why the deadline is extended.</source>
            <translation>请填写延期原因。</translation>
        </message>
        <message>
            <source>The new deadline must be later than the present one ({0}).</source>
            <translation>新的完成时限必须晚于现在的时限（{0}）。</translation>
        </message>
        <message>
            <source>{0} has no overdue task and none due within {1} days: there is nothing to remind.</source>
            <translation>{0} 没有已逾期的任务，也没有 {1} 天内到期的任务，无需催办。</translation>
        </message>
        <message>
            <source>Reading the tasks</source>
            <translation>正在读取任务</translation>
        </message>
        <message>
            <source>Writing the workbook</source>
            <translation>正在写入工作簿</translation>
        </message>
        <message>
            <source>Updated from {0}: {1}</source>
            <translation>从 {0} 更新：{1}</translation>
        </message>
        <message>
            <source>content</source>
            <translation>工作内容</translation>
        </message>
        <message>
            <source>deadline</source>
            <translation>完成时限</translation>
        </message>
        <message>
            <source>indicator items</source>
            <translation>对应指标</translation>
        </message>
        <message>
            <source>parent task</source>
            <translation>上级任务</translation>
        </message>
        <message>
            <source>targets</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>title</source>
            <translation>任务名称</translation>
        </message>
        <message>
            <source>units</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>lead units</source>
            <translation>牵头单位</translation>
        </message>
        <message>
            <source>responsible units</source>
            <translation>责任单位</translation>
        </message>
        <message>
            <source>supporting units</source>
            <translation>配合单位</translation>
        </message>
        <message>
            <source>{0} was changed by {1} at {2} since you opened it (now: {3}, {4}%). Nothing was saved; the list is reloaded — look again and save once more.</source>
            <translation>任务 {0} 在您打开之后已被 {1} 于 {2} 修改（现在：{3}，{4}%）。本次未保存，列表已刷新，请核对后重新保存。</translation>
        </message>
        <message>
            <source>note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>the campaign's dates </source>
            <translation>创建周期</translation>
        </message>
        <message>
            <source>a collective: {0} ({1} units)</source>
            <translation>集体称谓：{0}（{1} 个单位）</translation>
        </message>
        <message>
            <source>a name it is known by</source>
            <translation>别名</translation>
        </message>
        <message>
            <source>another place</source>
            <translation>地名前缀不同</translation>
        </message>
        <message>
            <source>created as a new unit ({0})</source>
            <translation>新建为成员单位（{0}）</translation>
        </message>
        <message>
            <source>left out</source>
            <translation>不计入</translation>
        </message>
        <message>
            <source>the 市 left out</source>
            <translation>省略了“市”</translation>
        </message>
        <message>
            <source>{0} (as mapped)</source>
            <translation>{0}（按指定对应）</translation>
        </message>
        <message>
            <source>{0} ({1})</source>
            <translation>{0}（{1}）</translation>
        </message>
        <message>
            <source>a collective: {0}; there are no such units yet, they join once added</source>
            <translation>集体称谓：{0}；尚无此类单位，添加后自动列入</translation>
        </message>
        <message>
            <source>no unit of the kind {0} yet: its units join the task once added.</source>
            <translation>尚无“{0}”类单位：添加后自动列入本任务。</translation>
        </message>
        <message>
            <source>corrected after the import</source>
            <translation>导入后核对更正</translation>
        </message>
    </context>
    <context>
        <name>Deadlines</name>
        <message>
            <source>“{0}” is not a deadline: write a date such as 2024年12月底前 or 2024.12.31, 长期坚持 or 每季度.</source>
            <translation>“{0}”不是可识别的完成时限：请写日期（如 2024年12月底前、2024.12.31），或“长期坚持”“每季度”等。</translation>
        </message>
        <message>
            <source>“{0}”: the year {1} is outside {2}–{3}.</source>
            <translation>“{0}”：年份 {1} 不在 {2}–{3} 之间。</translation>
        </message>
        <message>
            <source>“{0}”: there is no month {1}.</source>
            <translation>“{0}”：没有 {1} 月。</translation>
        </message>
        <message>
            <source>“{0}”: {1}-{2:02d} has no day {3}.</source>
            <translation>“{0}”：{1}年{2:02d}月没有 {3} 日。</translation>
        </message>
    </context>
    <context>
        <name>TasksXlsx</name>
        <message>
            <source>No responsibility table was found in {0}: the first rows have no header with 评价内容 and 责任部门.</source>
            <translation>在 {0} 中没有找到指标任务责任分解表：前几行中没有含“评价内容”和“责任部门”的表头。</translation>
        </message>
        <message>
            <source>No task table was found in {0}: the first rows have no header with 任务 and 牵头单位.</source>
            <translation>在 {0} 中没有找到任务表：前几行中没有含“任务”和“牵头单位”的表头。</translation>
        </message>
        <message>
            <source>The responsibility table {0} was not imported: {1} problem(s) found.</source>
            <translation>指标任务责任分解表 {0} 未导入：发现 {1} 个问题。</translation>
        </message>
        <message>
            <source>The sheet lists no items.</source>
            <translation>该工作表中没有任何项目。</translation>
        </message>
        <message>
            <source>The sheet lists no tasks.</source>
            <translation>该工作表中没有任务。</translation>
        </message>
        <message>
            <source>The tasks in {0} were not imported: {1} problem(s) found.</source>
            <translation>{0} 中的任务未导入：发现 {1} 个问题。</translation>
        </message>
        <message>
            <source>The workbook has no sheet “{0}”; it has {1}.</source>
            <translation>工作簿中没有名为“{0}”的工作表，现有：{1}。</translation>
        </message>
        <message>
            <source>no department is named.</source>
            <translation>没有填写责任部门。</translation>
        </message>
        <message>
            <source>the cell holds a formula whose result was never saved; open the file in Excel or WPS and save it.</source>
            <translation>该单元格是公式，但没有保存计算结果；请用 Excel 或 WPS 打开该文件并保存后再导入。</translation>
        </message>
        <message>
            <source>the group “{0}” appears twice (first in row {1}).</source>
            <translation>分组“{0}”出现了两次（第一次在第 {1} 行）。</translation>
        </message>
        <message>
            <source>the item has no number such as (85).</source>
            <translation>评价内容前没有 (85) 这样的项号。</translation>
        </message>
        <message>
            <source>the task has no title.</source>
            <translation>任务没有名称。</translation>
        </message>
        <message>
            <source>the task number {0} appears twice (first in row {1}).</source>
            <translation>任务编号 {0} 出现了两次（第一次在第 {1} 行）。</translation>
        </message>
        <message>
            <source>the unit list holds no unit name.</source>
            <translation>单位一栏没有有效的单位名称。</translation>
        </message>
        <message>
            <source>“{0}” is not a task number.</source>
            <translation>“{0}”不是任务序号。</translation>
        </message>
        <message>
            <source>Choose at least the 任务 (or 工作内容) column and the 牵头单位 (or 责任单位) column.</source>
            <translation>请至少选定“任务”（或“工作内容”）列和“牵头单位”（或“责任单位”）列。</translation>
        </message>
        <message>
            <source>Choose at least the 评价内容 column and the 责任部门 column.</source>
            <translation>请至少选定“评价内容”列和“责任部门”列。</translation>
        </message>
        <message>
            <source>Column names the program knows: {0}.</source>
            <translation>本程序能识别的列名：{0}。</translation>
        </message>
        <message>
            <source>Columns recognised: {0}.</source>
            <translation>已识别的列：{0}。</translation>
        </message>
        <message>
            <source>Name the columns yourself: in the program a dialog asks; on the command line add --header-row N --columns 任务=B,牵头单位=C,责任单位=D,完成时限=E.</source>
            <translation>请自行指定各列：在程序中会弹出对话框询问；在命令行中请加上 --header-row N --columns 任务=B,牵头单位=C,责任单位=D,完成时限=E。</translation>
        </message>
        <message>
            <source>Not every column of {0} was recognised: please check which column holds what.</source>
            <translation>{0} 中有的列未能识别，请核对各列的内容。</translation>
        </message>
        <message>
            <source>Sheet “{0}” has no rows below row {1}.</source>
            <translation>工作表“{0}”第 {1} 行以下没有内容。</translation>
        </message>
        <message>
            <source>“{0}” does not name a column as 任务=B; known names: {1}.</source>
            <translation>“{0}”不是“任务=B”这样的列指定；可用的名称：{1}。</translation>
        </message>
        <message>
            <source>The tasks in {0} were not imported: {1} cells could not be read, more than the rows that could. Is this the task table?</source>
            <translation>{0} 中的任务未导入：有 {1} 个单元格无法识别，比能识别的行还多。请确认这是任务分解表。</translation>
        </message>
        <message>
            <source>the document </source>
            <translation>文件开头</translation>
        </message>
        <message>
            <source>the title </source>
            <translation>表格标题</translation>
        </message>
        <message>
            <source>the year {0} was taken from {1}.</source>
            <translation>年份 {0} 取自{1}。</translation>
        </message>
        <message>
            <source>the group heading </source>
            <translation>分组标题</translation>
        </message>
        <message>
            <source>the phase “{0}”</source>
            <translation>阶段“{0}”</translation>
        </message>
        <message>
            <source>{0} row {1}</source>
            <translation>{0} 第 {1} 行</translation>
        </message>
    </context>
    <context>
        <name>TaskModels</name>
        <message>
            <source>Deadline</source>
            <translation>完成时限</translation>
        </message>
        <message>
            <source>Lead units</source>
            <translation>牵头单位</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>进度</translation>
        </message>
        <message>
            <source>Responsible units</source>
            <translation>责任单位</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>任务</translation>
        </message>
        <message>
            <source>督办</source>
            <translation>督办</translation>
        </message>
        <message>
            <source> and {0} more</source>
            <translation>等 {0} 个单位</translation>
        </message>
    </context>
    <context>
        <name>TasksPage</name>
        <message>
            <source> days</source>
            <translation> 天内到期</translation>
        </message>
        <message>
            <source>All units</source>
            <translation>全部单位</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>工作内容</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>完成时限</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Export tasks</source>
            <translation>导出任务</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>导出 Excel…</translation>
        </message>
        <message>
            <source>History</source>
            <translation>历史记录</translation>
        </message>
        <message>
            <source>Import responsibility table…</source>
            <translation>导入责任分解表…</translation>
        </message>
        <message>
            <source>Import task table…</source>
            <translation>导入任务分解表…</translation>
        </message>
        <message>
            <source>Import the office's task table (任务分解表) from Excel: the header may be two rows deep, cells merged, numbering restarting in each group.</source>
            <translation>从 Excel 导入任务分解表：表头可以有两行，单元格可以合并，各组可以分别从 1 编号。</translation>
        </message>
        <message>
            <source>Import the responsibility table</source>
            <translation>导入指标任务责任分解表</translation>
        </message>
        <message>
            <source>Import the task table</source>
            <translation>导入任务分解表</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>正在导入…</translation>
        </message>
        <message>
            <source>Indicator items</source>
            <translation>对应指标</translation>
        </message>
        <message>
            <source>Lead units</source>
            <translation>牵头单位</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <source>Responsibility table imported from {0}: {1} items.</source>
            <translation>已从 {0} 导入指标任务责任分解表：{1} 项。</translation>
        </message>
        <message>
            <source>Responsible units</source>
            <translation>责任单位</translation>
        </message>
        <message>
            <source>Search tasks, contents, units…</source>
            <translation>搜索任务、内容、单位……</translation>
        </message>
        <message>
            <source>Select a task to see it here.</source>
            <translation>选中一项任务即可在此查看。</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Supporting units</source>
            <translation>配合单位</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>量化目标</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>任务</translation>
        </message>
        <message>
            <source>Tasks imported from {0}: {1} new, {2} updated, {3} unchanged.</source>
            <translation>已从 {0} 导入任务：新增 {1} 项，更新 {2} 项，未变 {3} 项。</translation>
        </message>
        <message>
            <source>Tasks written to {0}.</source>
            <translation>任务已导出到 {0}。</translation>
        </message>
        <message>
            <source>Unknown unit names</source>
            <translation>无法识别的单位名称</translation>
        </message>
        <message>
            <source>any deadline</source>
            <translation>不限时限</translation>
        </message>
        <message>
            <source>progress {0} → {1}</source>
            <translation>进度 {0} → {1}</translation>
        </message>
        <message>
            <source>status {0} → {1}</source>
            <translation>状态 {0} → {1}</translation>
        </message>
        <message>
            <source>{0} of {1} tasks shown; {2} overdue</source>
            <translation>显示 {0} / {1} 项任务，已逾期 {2} 项</translation>
        </message>
        <message>
            <source>督办 only</source>
            <translation>只看督办</translation>
        </message>
        <message>
            <source>Tip: drop the office's task table (Excel) onto this page to import it.</source>
            <translation>提示：把任务分解表 Excel 文件拖到本页即可导入。</translation>
        </message>
        <message>
            <source>Choose a unit above first</source>
            <translation>请先在上方选择单位</translation>
        </message>
        <message>
            <source>Choose the unit to remind in the unit list above first.</source>
            <translation>请先在上方的单位列表中选择要催办的单位。</translation>
        </message>
        <message>
            <source>End 督办</source>
            <translation>解除督办</translation>
        </message>
        <message>
            <source>Extend deadline</source>
            <translation>延期</translation>
        </message>
        <message>
            <source>Extend deadline…</source>
            <translation>延期…</translation>
        </message>
        <message>
            <source>New deadline, e.g. 2025年6月底前:</source>
            <translation>新的完成时限（如 2025年6月底前）：</translation>
        </message>
        <message>
            <source>Reminder notice (催办) for the unit…</source>
            <translation>打印该单位的催办通知单…</translation>
        </message>
        <message>
            <source>Save the reminder notice</source>
            <translation>保存催办通知单</translation>
        </message>
        <message>
            <source>What is to be done, by when? (kept with the task)</source>
            <translation>督办要求（办理事项和时限，记入任务历史）：</translation>
        </message>
        <message>
            <source>Why is it extended?</source>
            <translation>延期原因：</translation>
        </message>
        <message>
            <source>deadline extended {0} → {1}: {2}</source>
            <translation>延期 {0} → {1}：{2}</translation>
        </message>
        <message>
            <source>督办</source>
            <translation>督办</translation>
        </message>
        <message>
            <source>督办 ended</source>
            <translation>解除督办</translation>
        </message>
        <message>
            <source>督办: {0}</source>
            <translation>督办：{0}</translation>
        </message>
        <message>
            <source>督办…</source>
            <translation>督办…</translation>
        </message>
        <message>
            <source>Which column holds what?</source>
            <translation>请指定各列内容</translation>
        </message>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt;: lead in {1}, responsible for {2}, supporting {3} task(s); {4} done, {5} overdue</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt;：牵头 {1} 项、负责 {2} 项、配合 {3} 项；已完成 {4} 项，逾期 {5} 项</translation>
        </message>
        <message>
            <source>Any phase</source>
            <translation>全部阶段</translation>
        </message>
        <message>
            <source>Extensions</source>
            <translation>延期</translation>
        </message>
        <message>
            <source>One unit's tasks (my tasks)</source>
            <translation>只看一个单位的任务（我的任务）</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>进度</translation>
        </message>
        <message>
            <source>Progress note, e.g. 已完成3家试点建设（记入历史）</source>
            <translation>进展说明，如：已完成3家试点建设（记入历史）</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Save status, progress and the progress note (kept in the history)</source>
            <translation>保存状态、进度和进展说明（记入历史）</translation>
        </message>
        <message>
            <source>Tasks due within a phase of the campaign</source>
            <translation>完成时限在某一创建阶段内的任务</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>时间轴</translation>
        </message>
        <message>
            <source>any role</source>
            <translation>任何角色</translation>
        </message>
        <message>
            <source>as lead unit</source>
            <translation>作为牵头单位</translation>
        </message>
        <message>
            <source>as responsible unit</source>
            <translation>作为责任单位</translation>
        </message>
        <message>
            <source>as supporting unit</source>
            <translation>作为配合单位</translation>
        </message>
        <message>
            <source>progress note: {0}</source>
            <translation>进展：{0}</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>{0} time(s): {1}</source>
            <translation>{0} 次：{1}</translation>
        </message>
        <message>
            <source>Exporting the tasks…</source>
            <translation>正在导出任务……</translation>
        </message>
        <message>
            <source>Writing the notice…</source>
            <translation>正在生成催办通知单……</translation>
        </message>
        <message>
            <source>Detail pane</source>
            <translation>详情栏</translation>
        </message>
        <message>
            <source>Show or hide the selected task's detail on the right</source>
            <translation>显示或隐藏右侧所选任务的详情</translation>
        </message>
        <message>
            <source> {0} row(s) were passed over as no part of the table (details below).</source>
            <translation>另有 {0} 行不属于表格内容，已跳过（见详细信息）。</translation>
        </message>
        <message>
            <source>{0} blank cell(s) in the table were left as the tasks had them ({1} …). Should the blank cells clear what the tasks had there?</source>
            <translation>表中有 {0} 个空白单元格，任务原有的内容没有被清除（{1} 等）。要用空白清除这些内容吗？</translation>
        </message>
        <message>
            <source>Item ({0}) ✕</source>
            <translation>评价内容（{0}）✕</translation>
        </message>
        <message>
            <source>Show the tasks of every item again</source>
            <translation>重新显示全部评价内容的任务</translation>
        </message>
        <message>
            <source>Findings not rectified in time</source>
            <translation>有逾期未整改问题</translation>
        </message>
        <message>
            <source>Tasks an inspection found fault with, not rectified by the deadline</source>
            <translation>检查发现问题、逾期仍未整改的任务</translation>
        </message>
        <message>
            <source>The reminder notice for {0} was written to {1}, with a Word copy to edit: {2}.</source>
            <translation>{0}的催办通知单已写入 {1}，同时生成可编辑的 Word 版：{2}。</translation>
        </message>
        <message>
            <source> Columns not read: {0}.</source>
            <translation>未读取的列：{0}。</translation>
        </message>
        <message>
            <source> {0} place(s) are marked 需核对: choose 需核对 in the status filter.</source>
            <translation>有 {0} 处标为“需核对”：在状态筛选中选“需核对”即可查看。</translation>
        </message>
        <message>
            <source>Confirm or correct what the import kept as written (需核对)</source>
            <translation>确认或更正导入时按原文保留的内容（需核对）</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Reading the table…</source>
            <translation>正在读取表格…</translation>
        </message>
        <message>
            <source>Wording of the plan</source>
            <translation>方案中的分工用语</translation>
        </message>
        <message>
            <source>deadline {0} → {1}: {2}</source>
            <translation>完成时限 {0} → {1}：{2}</translation>
        </message>
        <message>
            <source>核对…</source>
            <translation>核对…</translation>
        </message>
        <message>
            <source>需核对 (kept as written)</source>
            <translation>需核对（按原文保留）</translation>
        </message>
        <message>
            <source>需核对 — use 核对… to confirm or correct</source>
            <translation>需核对——请点“核对…”确认或更正</translation>
        </message>
        <message>
            <source>Paste the plan's text…</source>
            <translation>粘贴方案文字…</translation>
        </message>
        <message>
            <source>Tables or the plan: Excel, Word or text (*.xlsx *.xls *.docx *.txt)</source>
            <translation>任务表或方案：Excel、Word 或文本 (*.xlsx *.xls *.docx *.txt)</translation>
        </message>
        <message>
            <source>pasted plan text.txt</source>
            <translation>粘贴的方案文字.txt</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>时间节点</translation>
        </message>
    </context>
    <context>
        <name>UnitMappingDialog</name>
        <message>
            <source>Create “{0}” as a new unit</source>
            <translation>新建单位“{0}”</translation>
        </message>
        <message>
            <source>Unknown unit names</source>
            <translation>无法识别的单位名称</translation>
        </message>
        <message>
            <source>All member units</source>
            <translation>全部成员单位</translation>
        </message>
        <message>
            <source>Every 乡镇/街道</source>
            <translation>所有乡镇/街道</translation>
        </message>
        <message>
            <source>Every 县/区</source>
            <translation>所有县/区</translation>
        </message>
        <message>
            <source>Leave it out (no member unit)</source>
            <translation>忽略此名称（不是成员单位）</translation>
        </message>
        <message>
            <source>These names in the workbook are not member units. Choose what each one means: a unit (remembered for next time), all member units or all of a kind, a new unit, or nothing.</source>
            <translation>工作簿中的以下名称不是成员单位。请为每个名称选择：对应的单位（下次自动识别）、全部成员单位或某一类单位、新建单位，或忽略。</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— 请选择 —</translation>
        </message>
    </context>
    <context>
        <name>ColumnMappingDialog</name>
        <message>
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <source>Choose the sheet, the header row and the columns below.</source>
            <translation>请在下方选择工作表、表头所在行和各列内容。</translation>
        </message>
        <message>
            <source>Column {0} is chosen for two fields.</source>
            <translation>{0} 列被指定给了两项内容。</translation>
        </message>
        <message>
            <source>Header ends in row:</source>
            <translation>表头结束于第几行：</translation>
        </message>
        <message>
            <source>Sheet:</source>
            <translation>工作表：</translation>
        </message>
        <message>
            <source>The last row of the header; the table's rows start below it.</source>
            <translation>表头的最后一行；表格内容从其下一行开始。</translation>
        </message>
        <message>
            <source>Which column holds what?</source>
            <translation>请指定各列内容</translation>
        </message>
        <message>
            <source>no header</source>
            <translation>无表头</translation>
        </message>
        <message>
            <source>Passed over: {0}</source>
            <translation>跳过：{0}</translation>
        </message>
        <message>
            <source>{0} row(s) shown in grey are no rows of the table and will be passed over.</source>
            <translation>灰色的 {0} 行不属于表格内容，导入时将跳过。</translation>
        </message>
    </context>
    <context>
        <name>PhaseTimeline</name>
        <message>
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <source>open</source>
            <translation>未完成</translation>
        </message>
        <message>
            <source>{0} task(s) without a date (长期坚持, 每季度 …) are not drawn</source>
            <translation>另有 {0} 项任务无具体日期（长期坚持、每季度等），未画出</translation>
        </message>
        <message>
            <source>… and {0} more</source>
            <translation>……另有 {0} 项</translation>
        </message>
        <message>
            <source>■ 督办</source>
            <translation>■ 督办</translation>
        </message>
        <message>
            <source>{0}: {1} – {2} ({3} days)</source>
            <translation>{0}：{1} 至 {2}（{3} 天）</translation>
        </message>
    </context>
    <context>
        <name>Monthly</name>
        <message>
            <source>There is no unit “{0}”.</source>
            <translation>没有名为“{0}”的单位。</translation>
        </message>
        <message>
            <source>from the {1} report of {0}</source>
            <translation>来自{0}{1}月报</translation>
        </message>
        <message>
            <source>{0} cannot be read: {1}</source>
            <translation>无法读取 {0}：{1}</translation>
        </message>
        <message>
            <source>{0} reports {1}, {2}% ({3})</source>
            <translation>{0}报告：{1}，{2}%（{3}）</translation>
        </message>
        <message>
            <source>{0} was not imported: it belongs to another campaign (“{1}”).</source>
            <translation>{0} 未导入：它属于另一个创建活动（“{1}”）。</translation>
        </message>
        <message>
            <source>{0} was not imported: it is the report for {1}, not for {2}.</source>
            <translation>{0} 未导入：这是{1}的报表，不是{2}的。</translation>
        </message>
        <message>
            <source>{0} was not imported: its unit “{1}” is not in the unit list.</source>
            <translation>{0} 未导入：其单位“{1}”不在成员单位名单中。</translation>
        </message>
        <message>
            <source>{0} was not imported: {1} files are the report of {2} for {3} ({4}); import the right one alone.</source>
            <translation>{0} 未导入：有 {1} 个文件都是{2}{3}的报表（{4}），请只导入正确的那一个。</translation>
        </message>
        <message>
            <source>entered by hand</source>
            <translation>手工录入</translation>
        </message>
        <message>
            <source>The day the reports came in ({0}) is after today.</source>
            <translation>收到日期（{0}）晚于今天。</translation>
        </message>
        <message>
            <source>The unit of this report is no longer in the unit list.</source>
            <translation>该报送所属单位已不在成员单位名单中。</translation>
        </message>
        <message>
            <source>Round “{0}” asks the units for their own self-assessment reports, not for a form.</source>
            <translation>报送轮次“{0}”要求各单位报送本单位的自查报告文件，不需要填写报送表。</translation>
        </message>
        <message>
            <source>“{0}” is not a month such as 2025-03 (or a round such as 2025-Q3, 2025-R1).</source>
            <translation>“{0}”不是月份（如 2025-03），也不是报送轮次（如 2025-Q3、2025-R1）。</translation>
        </message>
        <message>
            <source>{0} was not imported: {1}</source>
            <translation>{0} 未导入：{1}</translation>
        </message>
        <message>
            <source>saving monthly reports</source>
            <translation>保存月度报送</translation>
        </message>
        <message>
            <source>reported as “{0}” with its progress at {1}</source>
            <translation>报为“{0}”，进度却填为{1}</translation>
        </message>
        <message>
            <source> {0} file(s) had been imported before as they are: nothing changed, their reports keep the day they first came in.</source>
            <translation>另有 {0} 个文件与已导入的完全相同：未作改动，报表仍按第一次报送的日期计。</translation>
        </message>
        <message>
            <source>{0} report(s) saved, {1} refused, {2} task(s) updated.</source>
            <translation>已保存 {0} 份报表，拒收 {1} 份，更新任务 {2} 项。</translation>
        </message>
        <message>
            <source>the 填报日期 {0} is after the day the file was last saved ({1}): a slip?</source>
            <translation>填报日期 {0} 晚于文件最后保存的日期（{1}）：是否笔误？</translation>
        </message>
        <message>
            <source>the 填报日期 {0} is after the due day {1}: the report counts as late</source>
            <translation>填报日期 {0} 晚于截止日 {1}：按逾期报送计</translation>
        </message>
    </context>
    <context>
        <name>MonthlyXlsx</name>
        <message>
            <source>B{0} 填报日期: “{1}” is not a date such as 2025-03-20.</source>
            <translation>B{0} 填报日期：“{1}”不是日期，应写成 2025-03-20 这样。</translation>
        </message>
        <message>
            <source>cells in the table were merged ({0}). Unmerge them and send the file again.</source>
            <translation>表格中有单元格被合并（{0}），请取消合并后重新报送。</translation>
        </message>
        <message>
            <source>it is not a monthly report template made by this program (its identification is missing). Send the unit the template generated for it.</source>
            <translation>它不是本程序生成的月度报送表（缺少识别信息）。请把为该单位生成的报送表发给它填写。</translation>
        </message>
        <message>
            <source>it was saved as {0}, not as the .xlsx workbook that was sent. Open it and save it as Excel workbook (.xlsx).</source>
            <translation>它被另存为 {0} 格式，而不是下发的 .xlsx 工作簿。请打开后另存为“Excel 工作簿（.xlsx）”。</translation>
        </message>
        <message>
            <source>its identification does not match its contents.</source>
            <translation>其识别信息与表格内容不符。</translation>
        </message>
        <message>
            <source>its identification is damaged.</source>
            <translation>其识别信息已损坏。</translation>
        </message>
        <message>
            <source>its template version ({0}) is not one this program reads.</source>
            <translation>其模板版本（{0}）不是本程序能读取的版本。</translation>
        </message>
        <message>
            <source>row {0}: a row that was not in the template.</source>
            <translation>第 {0} 行：模板中没有这一行。</translation>
        </message>
        <message>
            <source>row {0}: should be {1} {2}, reads “{3}”.</source>
            <translation>第 {0} 行：应为{1} {2}，实际为“{3}”。</translation>
        </message>
        <message>
            <source>row {0}: {1} {2} is missing.</source>
            <translation>第 {0} 行：缺少{1} {2}。</translation>
        </message>
        <message>
            <source>rows were inserted or deleted above the table (its header is now in row {0}).</source>
            <translation>表格上方插入或删除了行（表头现在位于第 {0} 行）。</translation>
        </message>
        <message>
            <source>the file is {0} MB; a filled-in report is well under 1 MB. Pictures pasted into the sheet make it this large: delete them and send the pictures as evidence instead.</source>
            <translation>文件有 {0} MB，而填好的报表通常不到 1 MB。表格中粘贴的图片会使文件这么大：请删除图片，图片作为佐证材料另行报送。</translation>
        </message>
        <message>
            <source>the pre-filled rows were deleted, inserted or changed; fill in the template as it was sent.</source>
            <translation>预先填好的行被删除、插入或改动；请按下发的模板原样填写。</translation>
        </message>
        <message>
            <source>the sheet “{0}” was renamed or deleted.</source>
            <translation>工作表“{0}”被改名或删除。</translation>
        </message>
        <message>
            <source>the table's columns were changed (row {0} should read {1}).</source>
            <translation>表格的列被改动（第 {0} 行应为：{1}）。</translation>
        </message>
        <message>
            <source>{0} problem(s) in the filled-in values.</source>
            <translation>填写的内容有 {0} 处问题。</translation>
        </message>
        <message>
            <source>{0} was not imported: {1}</source>
            <translation>{0} 未导入：{1}</translation>
        </message>
        <message>
            <source>{0} 完成状态: “{1}” is not one of {2}.</source>
            <translation>{0} 完成状态：“{1}”不是 {2} 之一。</translation>
        </message>
        <message>
            <source>{0} 完成进度: “{1}” is not a number from 0 to 100.</source>
            <translation>{0} 完成进度：“{1}”不是 0–100 之间的数字。</translation>
        </message>
        <message>
            <source>nothing was filled in: it is the blank template.</source>
            <translation>没有填写任何内容，这是空白模板。</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <source> (noted in the history only: not the lead unit)</source>
            <translation>（仅记入任务历史：非牵头单位）</translation>
        </message>
        <message>
            <source>Import the returned reports</source>
            <translation>导入交回的报表</translation>
        </message>
        <message>
            <source>new entry</source>
            <translation>新报送</translation>
        </message>
        <message>
            <source>replaces the entry of {0}</source>
            <translation>替换 {0} 报送的内容</translation>
        </message>
        <message>
            <source>{0} file(s) can be saved, {1} will be refused. Nothing is saved until you choose Save.</source>
            <translation>{0} 个文件可以保存，{1} 个将被拒收。点“保存”之前不会保存任何内容。</translation>
        </message>
        <message>
            <source>{0}, {1}, sent {2}; {3} of {4} row(s) filled; {5}</source>
            <translation>{0}，{1}，{2} 报送；{4} 行中填写了 {3} 行；{5}</translation>
        </message>
        <message>
            <source>A report counts as sent on the 填报日期 the unit wrote, else on the day the file was last saved; change the day below when you know better.</source>
            <translation>报送日期以单位填写的“填报日期”为准；未填写的，以文件最后保存的日期为准。如确知实际收到日期，可在下表中修改。</translation>
        </message>
        <message>
            <source>Date taken from</source>
            <translation>日期依据</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Sent on</source>
            <translation>报送日期</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>day the file was saved (no 填报日期)</source>
            <translation>文件保存日期（未填填报日期）</translation>
        </message>
        <message>
            <source>set by the office</source>
            <translation>由创建办指定</translation>
        </message>
        <message>
            <source>填报日期 in the file</source>
            <translation>文件中的填报日期</translation>
        </message>
        <message>
            <source>{0}: taken as written, marked 需核对 on the task page</source>
            <translation>{0}：按所填导入，在任务页标为“需核对”</translation>
        </message>
        <message>
            <source>imported before as it is (came in {0}): nothing changes</source>
            <translation>与已导入的文件完全相同（{0} 报送），未作改动</translation>
        </message>
        <message>
            <source>the day it first came in (the same file)</source>
            <translation>第一次报送的日期（同一文件）</translation>
        </message>
    </context>
    <context>
        <name>ManualEntryDialog</name>
        <message>
            <source>Done %</source>
            <translation>进度 %</translation>
        </message>
        <message>
            <source>Enter the report of {0} for {1}</source>
            <translation>录入{0}{1}的报送情况</translation>
        </message>
        <message>
            <source>Next steps</source>
            <translation>下步计划</translation>
        </message>
        <message>
            <source>Nothing was entered.</source>
            <translation>没有录入任何内容。</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>存在问题</translation>
        </message>
        <message>
            <source>Progress (进展情况)</source>
            <translation>进展情况</translation>
        </message>
        <message>
            <source>Reported on</source>
            <translation>报送日期</translation>
        </message>
        <message>
            <source>Row {0}: “{1}” is not a number from 0 to 100.</source>
            <translation>第 {0} 行：“{1}”不是 0–100 之间的数字。</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Task or item</source>
            <translation>任务或评价内容</translation>
        </message>
    </context>
    <context>
        <name>MonthlyPage</name>
        <message>
            <source> monthly report, late or missing:</source>
            <translation>月度报送逾期或未报单位：</translation>
        </message>
        <message>
            <source>+{0}d</source>
            <translation>迟{0}天</translation>
        </message>
        <message>
            <source>Checking the workbooks…</source>
            <translation>正在检查报表……</translation>
        </message>
        <message>
            <source>Copy the list of late units</source>
            <translation>复制逾期和未报单位名单</translation>
        </message>
        <message>
            <source>Earlier entries</source>
            <translation>此前的报送</translation>
        </message>
        <message>
            <source>Enter a report by hand…</source>
            <translation>手工录入…</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Folder for the fill-in workbooks</source>
            <translation>选择保存填报表的文件夹</translation>
        </message>
        <message>
            <source>Folder of returned workbooks</source>
            <translation>选择交回报表所在的文件夹</translation>
        </message>
        <message>
            <source>Import a folder…</source>
            <translation>导入文件夹…</translation>
        </message>
        <message>
            <source>Import returned workbooks</source>
            <translation>导入交回的报表</translation>
        </message>
        <message>
            <source>Import returned workbooks…</source>
            <translation>导入交回的报表…</translation>
        </message>
        <message>
            <source>Late or missing: {0}</source>
            <translation>逾期或未报：{0}</translation>
        </message>
        <message>
            <source>Liaison</source>
            <translation>联络员</translation>
        </message>
        <message>
            <source>Monthly reports</source>
            <translation>月度报送</translation>
        </message>
        <message>
            <source>No report yet.</source>
            <translation>尚未报送。</translation>
        </message>
        <message>
            <source>No workbook was found there.</source>
            <translation>那里没有找到工作簿。</translation>
        </message>
        <message>
            <source>None late.</source>
            <translation>没有逾期或未报的单位。</translation>
        </message>
        <message>
            <source>Nothing was filled in.</source>
            <translation>没有填写内容。</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Saving the reports…</source>
            <translation>正在保存报表……</translation>
        </message>
        <message>
            <source>Select a unit to see its report.</source>
            <translation>选中一个单位即可查看其报送内容。</translation>
        </message>
        <message>
            <source>Select the unit in the table first.</source>
            <translation>请先在表格中选中单位。</translation>
        </message>
        <message>
            <source>Sent on</source>
            <translation>报送日期</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>The list of {0} unit(s) was copied.</source>
            <translation>已复制 {0} 个单位的名单。</translation>
        </message>
        <message>
            <source>Tip: drop returned workbooks or a whole folder onto this page to import them.</source>
            <translation>提示：把交回的报表或整个文件夹拖到本页即可导入。</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Write fill-in workbooks…</source>
            <translation>生成填报表…</translation>
        </message>
        <message>
            <source>Writing the fill-in workbooks…</source>
            <translation>正在生成填报表……</translation>
        </message>
        <message>
            <source>entered by hand</source>
            <translation>手工录入</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>未报</translation>
        </message>
        <message>
            <source>replaced {0}</source>
            <translation>替换了 {0}</translation>
        </message>
        <message>
            <source>{0} workbook(s) written to {1}.</source>
            <translation>已生成 {0} 个工作簿，保存在 {1}。</translation>
        </message>
        <message>
            <source>{0}: {1} on time, {2} late, &lt;b style='color:#b00020'&gt;{3} missing&lt;/b&gt;, {4} not due yet</source>
            <translation>{0}：按时 {1} 个，逾期 {2} 个，&lt;b style='color:#b00020'&gt;未报 {3} 个&lt;/b&gt;，未到期 {4} 个</translation>
        </message>
        <message>
            <source>Monthly bulletin</source>
            <translation>月度工作通报</translation>
        </message>
        <message>
            <source>Ask the units about the veto items (否决项) too? They are usually left out of the monthly forms; choose “No” for the usual form.</source>
            <translation>报送表中是否也列出否决项，请各单位报告？月度报送表通常不含否决项；选择“否”即为通常的报送表。</translation>
        </message>
        <message>
            <source>Round:</source>
            <translation>报送轮次：</translation>
        </message>
        <message>
            <source>This round</source>
            <translation>本期报送</translation>
        </message>
        <message>
            <source>Units × rounds</source>
            <translation>报送矩阵（单位 × 轮次）</translation>
        </message>
    </context>
    <context>
        <name>Bulletin</name>
        <message>
            <source>The date style is chinese or arabic.</source>
            <translation>日期格式只能是 chinese（汉字）或 arabic（阿拉伯数字）。</translation>
        </message>
    </context>
    <context>
        <name>BulletinForm</name>
        <message>
            <source>2025年3月26日 (Arabic numerals)</source>
            <translation>2025年3月26日（阿拉伯数字）</translation>
        </message>
        <message>
            <source>Added after the figures of 总体情况 (optional)</source>
            <translation>补充在“总体情况”的数字之后（可不填）</translation>
        </message>
        <message>
            <source>Date written as</source>
            <translation>日期写法</translation>
        </message>
        <message>
            <source>Dated</source>
            <translation>成文日期</translation>
        </message>
        <message>
            <source>Generate the bulletin (PDF)…</source>
            <translation>生成通报（PDF）…</translation>
        </message>
        <message>
            <source>Generating the bulletin…</source>
            <translation>正在生成通报……</translation>
        </message>
        <message>
            <source>Issue number</source>
            <translation>期号</translation>
        </message>
        <message>
            <source>Next steps</source>
            <translation>下步工作</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>总体情况补充</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>存在问题</translation>
        </message>
        <message>
            <source>Save the bulletin</source>
            <translation>保存月度工作通报</translation>
        </message>
        <message>
            <source>Save the text</source>
            <translation>保存文字</translation>
        </message>
        <message>
            <source>The text was saved.</source>
            <translation>文字已保存。</translation>
        </message>
        <message>
            <source>Written to {0}; archived in 报表 (SHA-256 {1}…).</source>
            <translation>已生成 {0}，并存档于“报表”（SHA-256 {1}…）。</translation>
        </message>
        <message>
            <source>with its tables in Excel</source>
            <translation>同时导出 Excel 表格</translation>
        </message>
        <message>
            <source>下步工作: one paragraph a line</source>
            <translation>下步工作：每行一段</translation>
        </message>
        <message>
            <source>二〇二五年三月二十六日 (Chinese numerals)</source>
            <translation>二〇二五年三月二十六日（汉字）</translation>
        </message>
        <message>
            <source>存在问题: one paragraph a line</source>
            <translation>存在问题：每行一段</translation>
        </message>
        <message>
            <source>e.g. 10, printed as 设置 › 公文格式 says; blank: the campaign's month</source>
            <translation>例如 10，按“设置 › 公文格式”印为第10期；留空则按创建的第几个月编号</translation>
        </message>
        <message>
            <source>and a Word copy to edit</source>
            <translation>同时生成 Word 版（可编辑）</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Every report generated is kept here with the time, its parameters and its SHA-256 fingerprint. Generate monthly bulletins on the 月度报送 page and the 自查自评报告 on the 自查自评 page.</source>
            <translation>生成过的每份报表都存档在这里，附生成时间、参数和 SHA-256 指纹。月度工作通报在“月度报送”页生成，自查自评报告在“自查自评”页生成。</translation>
        </message>
        <message>
            <source>Generated</source>
            <translation>生成时间</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>参数</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>报表</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>报表</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>Select a report first.</source>
            <translation>请先选中一份报表。</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>在文件夹中显示</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>date written</source>
            <translation>日期写法</translation>
        </message>
        <message>
            <source>dated</source>
            <translation>成文日期</translation>
        </message>
        <message>
            <source>in Arabic numerals</source>
            <translation>阿拉伯数字</translation>
        </message>
        <message>
            <source>in Chinese numerals</source>
            <translation>汉字</translation>
        </message>
        <message>
            <source>month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>unit</source>
            <translation>单位</translation>
        </message>
    </context>
    <context>
        <name>Archive</name>
        <message>
            <source>The archived file {0} is missing or was changed; generate the report again.</source>
            <translation>存档文件 {0} 已丢失或被改动，请重新生成该报表。</translation>
        </message>
        <message>
            <source>There is no archived report {0}.</source>
            <translation>没有编号为 {0} 的存档报表。</translation>
        </message>
    </context>
    <context>
        <name>Argparse</name>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s：错误：%(message)s
</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>选项不明确：%(option)s 可能是 %(matches)s</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>参数 %(argument_name)s：%(message)s</translation>
        </message>
        <message>
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>无法打开“%(filename)s”：%(error)s</translation>
        </message>
        <message>
            <source>expected %s argument</source>
            <translation>需要 %s 个参数</translation>
        </message>
        <message>
            <source>expected %s arguments</source>
            <translation>需要 %s 个参数</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>至少需要一个参数</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>最多只能有一个参数</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>需要一个参数</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>忽略了多余的参数 %r</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>无效的值：%(value)r</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>无效的选择：%(value)r（可选：%(choices)s）</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>不能与参数 %s 同时使用</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>参数 %s 须至少给出一个</translation>
        </message>
        <message>
            <source>options</source>
            <translation>选项</translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>位置参数</translation>
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation>显示程序版本号并退出</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>显示此帮助并退出</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>缺少必需的参数：%s</translation>
        </message>
        <message>
            <source>unexpected option string: %s</source>
            <translation>意外的选项：%s</translation>
        </message>
        <message>
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation>没有命令 %(parser_name)r（可用：%(choices)s）</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>无法识别的参数：%s</translation>
        </message>
        <message>
            <source>usage: </source>
            <translation>用法：</translation>
        </message>
    </context>
    <context>
        <name>SelfTest</name>
        <message>
            <source>Chinese font</source>
            <translation>中文字体</translation>
        </message>
        <message>
            <source>database and rule set</source>
            <translation>数据库与评价细则</translation>
        </message>
        <message>
            <source>translations</source>
            <translation>界面语言</translation>
        </message>
        <message>
            <source>workbook</source>
            <translation>Excel 工作簿</translation>
        </message>
        <message>
            <source>{0}: FAILED</source>
            <translation>{0}：失败</translation>
        </message>
        <message>
            <source>{0}: ok</source>
            <translation>{0}：正常</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>Cannot do that</source>
            <translation>无法完成操作</translation>
        </message>
        <message>
            <source>FoodSafety Desk</source>
            <translation>食安创建工作台</translation>
        </message>
        <message>
            <source>Please confirm</source>
            <translation>请确认</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>Page {0} of {1}</source>
            <translation>第 {0} 页，共 {1} 页</translation>
        </message>
        <message>
            <source>Printing {0}…</source>
            <translation>正在打印 {0}…</translation>
        </message>
        <message>
            <source>The document has no pages.</source>
            <translation>该文件没有可打印的页面。</translation>
        </message>
        <message>
            <source>The printer cannot be opened.</source>
            <translation>无法打开打印机。</translation>
        </message>
        <message>
            <source>The document cannot be printed: {0}.</source>
            <translation>文档无法打印：{0}。</translation>
        </message>
    </context>
    <context>
        <name>Tables</name>
        <message>
            <source>a category row spanning the table</source>
            <translation>跨整行的类别标题行</translation>
        </message>
        <message>
            <source>a note or signature line, not a row of the table</source>
            <translation>注释或落款行，不是表格内容</translation>
        </message>
        <message>
            <source>a total row</source>
            <translation>合计行</translation>
        </message>
        <message>
            <source>sheet “{0}” row {1}: {2}</source>
            <translation>工作表“{0}”第 {1} 行：{2}</translation>
        </message>
        <message>
            <source>the header repeated</source>
            <translation>重复的表头</translation>
        </message>
        <message>
            <source>a hidden row</source>
            <translation>隐藏的行</translation>
        </message>
    </context>
    <context>
        <name>EvidenceFolder</name>
        <message>
            <source> (its only item)</source>
            <translation>（该要点仅此一项）</translation>
        </message>
        <message>
            <source>, and the name reads like item ({0})</source>
            <translation>，且名称与第({0})项内容相近</translation>
        </message>
        <message>
            <source>; the point has items {0}: choose one</source>
            <translation>；该要点有 {0} 几项，请选择</translation>
        </message>
        <message>
            <source>The rule set has no item ({0}).</source>
            <translation>评价细则中没有第({0})项。</translation>
        </message>
        <message>
            <source>chosen by hand: item ({0})</source>
            <translation>手工指定：第({0})项</translation>
        </message>
        <message>
            <source>left out by hand</source>
            <translation>手工设为不归档</translation>
        </message>
        <message>
            <source>no item number, point or item words in its name or folders</source>
            <translation>文件名和所在文件夹中没有项号、评价要点或事项内容</translation>
        </message>
        <message>
            <source>{0}, but also {1}; choose the item</source>
            <translation>{0}，但{1}，两者不一致，请选择事项</translation>
        </message>
        <message>
            <source>“{0}” does not exist.</source>
            <translation>“{0}”不存在。</translation>
        </message>
        <message>
            <source>“{0}” holds no files to file.</source>
            <translation>“{0}”中没有可归档的文件。</translation>
        </message>
        <message>
            <source>“{0}” is a {1} archive; unpack it first, or ask the unit for a .zip.</source>
            <translation>“{0}”是 {1} 压缩包，请先解压，或请单位改发 .zip 压缩包。</translation>
        </message>
        <message>
            <source>“{0}” is neither a folder nor a .zip file; add single files under an item.</source>
            <translation>“{0}”既不是文件夹也不是 .zip 压缩包；单个文件请在事项下添加。</translation>
        </message>
        <message>
            <source>“{0}” is not a file of this folder.</source>
            <translation>“{0}”不是该文件夹中的文件。</translation>
        </message>
        <message>
            <source>“{0}” names item ({1})</source>
            <translation>“{0}”标明第({1})项</translation>
        </message>
        <message>
            <source>“{0}” names point {1}. {2}</source>
            <translation>“{0}”标明评价要点 {1}. {2}</translation>
        </message>
        <message>
            <source>“{0}” reads like item ({1})</source>
            <translation>“{0}”与第({1})项内容相近</translation>
        </message>
        <message>
            <source>Choose the unit that sent the folder before filing it.</source>
            <translation>归档前请先选择报送单位。</translation>
        </message>
        <message>
            <source>item ({0}) taken from its text's suggestion</source>
            <translation>采用文字建议：第（{0}）项</translation>
        </message>
        <message>
            <source>its text suggests item ({0}) (shared words: {1})</source>
            <translation>文字建议为第（{0}）项（相同的词：{1}）</translation>
        </message>
    </context>
    <context>
        <name>Unzip</name>
        <message>
            <source>The archive “{0}” was not unpacked: {1}</source>
            <translation>压缩包“{0}”未解压：{1}</translation>
        </message>
        <message>
            <source>it holds more than {0} entries.</source>
            <translation>其中条目超过 {0} 个。</translation>
        </message>
        <message>
            <source>it is damaged or not a zip file (RAR and 7z must be unpacked first).</source>
            <translation>文件已损坏或不是 zip 压缩包（RAR、7z 请先自行解压）。</translation>
        </message>
        <message>
            <source>it is protected by a password; unpack it yourself first.</source>
            <translation>压缩包设有密码，请先自行解压。</translation>
        </message>
        <message>
            <source>it would expand to more than {0} GB.</source>
            <translation>解压后超过 {0} GB。</translation>
        </message>
        <message>
            <source>the entry “{0}” cannot be read ({1}).</source>
            <translation>其中的“{0}”无法读取（{1}）。</translation>
        </message>
        <message>
            <source>the entry “{0}” would be written outside the folder.</source>
            <translation>其中的“{0}”会被解压到文件夹以外。</translation>
        </message>
        <message>
            <source>it would take {0:.1f} GB and the disk has {1:.1f} GB free.</source>
            <translation>解压后需要 {0:.1f} GB，而磁盘可用空间只有 {1:.1f} GB。</translation>
        </message>
        <message>
            <source>the entry “{0}” would be {1:.1f} GB; one file is taken up to {2} GB.</source>
            <translation>其中的“{0}”解压后有 {1:.1f} GB，单个文件最大只能是 {2} GB。</translation>
        </message>
        <message>
            <source>“{0}” is both a file and a folder in it.</source>
            <translation>其中“{0}”既是文件又是文件夹。</translation>
        </message>
    </context>
    <context>
        <name>FolderImportDialog</name>
        <message>
            <source>(choose the unit)</source>
            <translation>（请选择单位）</translation>
        </message>
        <message>
            <source>Apply to chosen rows</source>
            <translation>应用到所选行</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Choose the unit that sent the folder.</source>
            <translation>请选择报送单位。</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>File a unit's evidence folder</source>
            <translation>导入单位佐证材料</translation>
        </message>
        <message>
            <source>File the chosen rows under:</source>
            <translation>所选行归到事项：</translation>
        </message>
        <message>
            <source>File {0} files</source>
            <translation>归档 {0} 个文件</translation>
        </message>
        <message>
            <source>From: {0}</source>
            <translation>来源：{0}</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>事项</translation>
        </message>
        <message>
            <source>Only files without an item</source>
            <translation>只看未匹配的文件</translation>
        </message>
        <message>
            <source>Sent by:</source>
            <translation>报送单位：</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>匹配依据</translation>
        </message>
        <message>
            <source>no item — not filed</source>
            <translation>未匹配——不归档</translation>
        </message>
        <message>
            <source>not filed</source>
            <translation>不归档</translation>
        </message>
        <message>
            <source>{0} files: {1} matched to an item, {2} without an item (not filed unless you choose one).</source>
            <translation>共 {0} 个文件：{1} 个已对应事项，{2} 个未匹配（除非手工指定事项，否则不归档）。</translation>
        </message>
        <message>
            <source>{0} system or temporary files passed over.</source>
            <translation>已跳过 {0} 个系统文件或临时文件。</translation>
        </message>
        <message>
            <source>— do not file —</source>
            <translation>——不归档——</translation>
        </message>
        <message>
            <source>; month {0}, from its folder's name</source>
            <translation>；所属月份 {0}（取自文件夹名）</translation>
        </message>
        <message>
            <source>No suggestions: {0}</source>
            <translation>无法给出建议：{0}</translation>
        </message>
        <message>
            <source>Reading the files without an item…</source>
            <translation>正在读取未对应项目的文件…</translation>
        </message>
        <message>
            <source>Use the items the texts suggest</source>
            <translation>采用文字建议的项目</translation>
        </message>
        <message>
            <source>Use the items the texts suggest ({0})</source>
            <translation>采用文字建议的项目（{0} 个）</translation>
        </message>
    </context>
    <context>
        <name>Restore</name>
        <message>
            <source>A restore of a backup was interrupted last time; it has now been finished.</source>
            <translation>上次恢复备份时中断了，现已完成恢复。</translation>
        </message>
        <message>
            <source>Restore a backup (foodsafety-desk restore FILE.fsdbak) to get the data back.</source>
            <translation>请恢复一个备份（foodsafety-desk restore 备份文件.fsdbak）找回数据。</translation>
        </message>
        <message>
            <source>The data folder {0} has no database, but it is not empty. The program did not create a new, empty one, so that nothing is hidden or lost.</source>
            <translation>数据文件夹 {0} 中没有数据库文件，但文件夹不是空的。为免数据被隐藏或丢失，程序没有新建空数据库。</translation>
        </message>
        <message>
            <source>The data it replaced is kept in {0}.</source>
            <translation>被替换的数据保存在 {0}。</translation>
        </message>
        <message>
            <source>The data set aside by an earlier restore is in {0}.</source>
            <translation>以前恢复备份时保存的原数据在 {0}。</translation>
        </message>
        <message>
            <source>The evidence store {0} holds files.</source>
            <translation>佐证材料库 {0} 中有文件。</translation>
        </message>
        <message>
            <source>To go back to it: foodsafety-desk restore --previous (or restore a backup).</source>
            <translation>要回到这些数据：foodsafety-desk restore --previous（或恢复一个备份）。</translation>
        </message>
    </context>
    <context>
        <name>Sandbox</name>
        <message>
            <source>it cannot be read ({0})</source>
            <translation>文件无法读取（{0}）</translation>
        </message>
        <message>
            <source>it needs more memory than a file may use</source>
            <translation>显示它需要的内存超过了允许的限度</translation>
        </message>
        <message>
            <source>it took longer than {0:.0f} seconds</source>
            <translation>处理超过了 {0:.0f} 秒</translation>
        </message>
        <message>
            <source>reading it ended the reader (too large, or damaged)</source>
            <translation>读取时处理程序异常退出（文件过大或已损坏）</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>SQLite found damage in the database: {0}. Nothing more is written to it; you can still read and print. Restore the last good backup under 佐证材料 → 检查与备份.</source>
            <translation>SQLite 检查发现数据库已损坏：{0}。程序不再向其中写入，但仍可查看和打印。请在“佐证材料 → 检查与备份”中恢复最近一次完好的备份。</translation>
        </message>
        <message>
            <source>The database is damaged</source>
            <translation>数据库已损坏</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <source> (the latest {0} are shown; the export holds them all)</source>
            <translation>（只显示最近 {0} 条，导出时包含全部）</translation>
        </message>
        <message>
            <source>All kinds of record</source>
            <translation>全部类别</translation>
        </message>
        <message>
            <source>Check code: {0}</source>
            <translation>校验码：{0}</translation>
        </message>
        <message>
            <source>Check the history</source>
            <translation>检查操作记录</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>正在检查…</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>全部人员</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Export the history</source>
            <translation>导出操作记录</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>导出 Excel…</translation>
        </message>
        <message>
            <source>Find any entry that was changed, removed or moved outside the program</source>
            <translation>查找在程序之外被修改、删除或调换过的记录</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>从：</translation>
        </message>
        <message>
            <source>History</source>
            <translation>操作记录</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>类别：</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>Person:</source>
            <translation>人员：</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>To:</source>
            <translation>至：</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>操作内容</translation>
        </message>
        <message>
            <source>Words, e.g. a unit's name or a task</source>
            <translation>文字，如单位名称或任务</translation>
        </message>
        <message>
            <source>{0} changes</source>
            <translation>共 {0} 条</translation>
        </message>
        <message>
            <source>{0} changes written to {1}.</source>
            <translation>已将 {0} 条操作记录写入 {1}。</translation>
        </message>
    </context>
    <context>
        <name>Users</name>
        <message>
            <source>A password needs at least {0} characters.</source>
            <translation>密码至少需要 {0} 个字符。</translation>
        </message>
        <message>
            <source>A person needs a name.</source>
            <translation>请填写人员姓名。</translation>
        </message>
        <message>
            <source>The administrator needs a name.</source>
            <translation>请填写管理员姓名。</translation>
        </message>
        <message>
            <source>The name or the password is not right.</source>
            <translation>姓名或密码不正确。</translation>
        </message>
        <message>
            <source>The recovery code is not right.</source>
            <translation>恢复码不正确。</translation>
        </message>
        <message>
            <source>The recovery code sets an administrator's password only.</source>
            <translation>恢复码只能用于重设管理员的密码。</translation>
        </message>
        <message>
            <source>The role must be one of {0}.</source>
            <translation>角色须为以下之一：{0}。</translation>
        </message>
        <message>
            <source>There is already someone called “{0}”.</source>
            <translation>已有名为“{0}”的人员。</translation>
        </message>
        <message>
            <source>There is no one called “{0}”.</source>
            <translation>没有名为“{0}”的人员。</translation>
        </message>
        <message>
            <source>Too many wrong passwords: the login of “{0}” is locked for {1} more minute(s).</source>
            <translation>密码错误次数过多，“{0}”的登录已锁定，请 {1} 分钟后再试。</translation>
        </message>
        <message>
            <source>Users are on already.</source>
            <translation>用户功能已经开启。</translation>
        </message>
        <message>
            <source>“{0}” is the only administrator; make someone else one first.</source>
            <translation>“{0}”是唯一的管理员，请先把另一人设为管理员。</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Log in</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>姓名：</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>密码：</translation>
        </message>
        <message>
            <source>This data folder is shared: log in with your name and password.</source>
            <translation>此数据由多人共用，请用您的姓名和密码登录。</translation>
        </message>
    </context>
    <context>
        <name>Assessment</name>
        <message>
            <source>A score goes in half points (e.g. 2.5), not {0}.</source>
            <translation>分数以 0.5 分为单位（如 2.5），不能是 {0}。</translation>
        </message>
        <message>
            <source>A score must lie between 0 and {0}.</source>
            <translation>分数须在 0 到 {0} 之间。</translation>
        </message>
        <message>
            <source>A veto item is one of {0}.</source>
            <translation>否决项的状态须为以下之一：{0}。</translation>
        </message>
        <message>
            <source>Item ({0}) is no veto item of the rule set.</source>
            <translation>第({0})项不是评价细则中的否决项。</translation>
        </message>
        <message>
            <source>Item ({0}) is not an item of point {1}.</source>
            <translation>第({0})项不属于要点 {1}。</translation>
        </message>
        <message>
            <source>Point {0} counts any {1} of its items: score an item of it (--item).</source>
            <translation>要点 {0} 为任选 {1} 项计分，请为其中某一项打分（--item）。</translation>
        </message>
        <message>
            <source>The rule set has no evaluation point {0}.</source>
            <translation>评价细则中没有要点 {0}。</translation>
        </message>
        <message>
            <source>The score was not kept.</source>
            <translation>分数未保存。</translation>
        </message>
        <message>
            <source>A snapshot needs a name, e.g. 自查 1.</source>
            <translation>快照需要名称，如“自查1”。</translation>
        </message>
        <message>
            <source>There is a snapshot called “{0}” already.</source>
            <translation>已有名为“{0}”的快照。</translation>
        </message>
        <message>
            <source>There is no snapshot “{0}”; there are: {1}.</source>
            <translation>没有快照“{0}”；已有：{1}。</translation>
        </message>
        <message>
            <source>Converted from the measured value: {0}</source>
            <translation>按测评结果折算：{0}</translation>
        </message>
        <message>
            <source>Point {0} is scored from its measured target ({1}): record the measured value.</source>
            <translation>评价要点 {0} 按测评结果（{1}）折算得分：请录入测评值。</translation>
        </message>
        <message>
            <source>Evidence record {0} is filed under item ({1}), not under point {2}.</source>
            <translation>佐证材料 {0} 归在评价内容（{1}）下，不属于评价要点 {2}。</translation>
        </message>
        <message>
            <source>There is no evidence record {0}.</source>
            <translation>没有编号为 {0} 的佐证材料。</translation>
        </message>
        <message>
            <source>There is no task numbered “{0}” in the plan.</source>
            <translation>实施方案中没有编号为“{0}”的任务。</translation>
        </message>
        <message>
            <source>evidence {0}: {1}</source>
            <translation>佐证材料{0}份：{1}</translation>
        </message>
        <message>
            <source>tasks {0}</source>
            <translation>相关任务：{0}</translation>
        </message>
        <message>
            <source>veto item {0} has happened: the bid fails whatever the score</source>
            <translation>否决项{0}已发生：无论得分多少，创建均不予通过</translation>
        </message>
        <message>
            <source>veto items {0} not yet confirmed: the bid passes only once every one is marked 未发生</source>
            <translation>否决项{0}，尚未全部确认未发生：每一项都标为“未发生”后才算通过否决项</translation>
        </message>
    </context>
    <context>
        <name>AssessmentPage</name>
        <message>
            <source> (any {0} of its items)</source>
            <translation>（任选 {0} 项）</translation>
        </message>
        <message>
            <source>Basis</source>
            <translation>依据</translation>
        </message>
        <message>
            <source>Evaluation point</source>
            <translation>评价要点</translation>
        </message>
        <message>
            <source>Maximum</source>
            <translation>满分</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>自评得分</translation>
        </message>
        <message>
            <source>Self-assessment</source>
            <translation>自查自评</translation>
        </message>
        <message>
            <source>Total {0:g} of {1:g} ({2} points scored)</source>
            <translation>总分 {0:g}（满分 {1:g}，已评 {2} 个要点）</translation>
        </message>
        <message>
            <source>Veto items:</source>
            <translation>否决项：</translation>
        </message>
        <message>
            <source>What the score rests on</source>
            <translation>打分依据</translation>
        </message>
        <message>
            <source>not scored</source>
            <translation>未评</translation>
        </message>
        <message>
            <source>Latest</source>
            <translation>最新数值</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>是否达标</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>要求</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>met</source>
            <translation>达标</translation>
        </message>
        <message>
            <source>not met</source>
            <translation>未达标</translation>
        </message>
        <message>
            <source>Inspections and rectification</source>
            <translation>检查与整改</translation>
        </message>
        <message>
            <source>Readiness (迎检准备)</source>
            <translation>迎检准备</translation>
        </message>
        <message>
            <source>Scores</source>
            <translation>评分</translation>
        </message>
        <message>
            <source>Freeze the assessment as it stands (自查1, 初评前 …) to compare later</source>
            <translation>将当前自评结果保存为快照（如 自查1、初评前），供日后比较</translation>
        </message>
        <message>
            <source>Keep a snapshot</source>
            <translation>保存快照</translation>
        </message>
        <message>
            <source>Keep a snapshot…</source>
            <translation>保存快照…</translation>
        </message>
        <message>
            <source>Name of the snapshot (e.g. 自查1, 初评前):</source>
            <translation>快照名称（如 自查1、初评前）：</translation>
        </message>
        <message>
            <source>Record a measured value…</source>
            <translation>录入测评值…</translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>保存报告</translation>
        </message>
        <message>
            <source>Snapshot “{0}” kept.</source>
            <translation>已保存快照“{0}”。</translation>
        </message>
        <message>
            <source>The measured value was kept.</source>
            <translation>测评值已保存。</translation>
        </message>
        <message>
            <source>Writing the report…</source>
            <translation>正在生成报告…</translation>
        </message>
        <message>
            <source>Written to {0}; archived in 报表 (SHA-256 {1}…).</source>
            <translation>已生成 {0}，并存档于“报表”（SHA-256 {1}…）。</translation>
        </message>
        <message>
            <source>自查自评报告…</source>
            <translation>自查自评报告…</translation>
        </message>
        <message>
            <source>Choose a scored point (or item) first.</source>
            <translation>请先选中一个已打分的评价要点（或评价内容）。</translation>
        </message>
        <message>
            <source>Evidence and tasks…</source>
            <translation>关联材料和任务…</translation>
        </message>
        <message>
            <source>Link the evidence records and tasks the chosen score rests on</source>
            <translation>关联所选得分所依据的佐证材料和任务</translation>
        </message>
        <message>
            <source>Point {0} rests on {1} evidence record(s) and {2} task(s).</source>
            <translation>评价要点 {0} 的得分依据：佐证材料 {1} 份，任务 {2} 项。</translation>
        </message>
        <message>
            <source>Score the point first; then link what the score rests on.</source>
            <translation>请先打分，再关联得分依据。</translation>
        </message>
        <message>
            <source>; {0:+g} since “{1}”</source>
            <translation>，较“{1}”{0:+g}分</translation>
        </message>
        <message>
            <source>Keeping the measured value…</source>
            <translation>正在保存测评值…</translation>
        </message>
        <message>
            <source>Veto item ({0})</source>
            <translation>否决项（{0}）</translation>
        </message>
    </context>
    <context>
        <name>Metrics</name>
        <message>
            <source>A measured value cannot be below 0, not {0}.</source>
            <translation>测得的数值不能小于 0，不能是 {0}。</translation>
        </message>
        <message>
            <source>A percentage lies between 0 and 100, not {0}.</source>
            <translation>百分数须在 0 到 100 之间，不能是 {0}。</translation>
        </message>
        <message>
            <source>The campaign's population is not set; set it under 设置 first.</source>
            <translation>尚未填写创建城市的人口，请先在“设置”中填写。</translation>
        </message>
        <message>
            <source>The period “{0}” must be a year or a month, e.g. 2025 or 2025-06.</source>
            <translation>期间“{0}”须为年份或月份，如 2025 或 2025-06。</translation>
        </message>
        <message>
            <source>There is no target {0}; the targets are {1}.</source>
            <translation>没有指标 {0}；现有指标为 {1}。</translation>
        </message>
        <message>
            <source>There is no unit called “{0}”.</source>
            <translation>没有名为“{0}”的单位。</translation>
        </message>
        <message>
            <source>“{0}” is not a number.</source>
            <translation>“{0}”不是数字。</translation>
        </message>
        <message>
            <source>“{0}” is not a percentage (write 98.5, 98.5% or 0.985).</source>
            <translation>“{0}”不是百分数（可写 98.5、98.5% 或 0.985）。</translation>
        </message>
        <message>
            <source>“{0}” is not a share of two counts.</source>
            <translation>“{0}”不是两个数量之比。</translation>
        </message>
        <message>
            <source>Measured value: {0} {1} ({2})</source>
            <translation>测评依据：{0} {1}（{2}）</translation>
        </message>
        <message>
            <source>The target {0} decides no item, so its evidence has nowhere to be filed.</source>
            <translation>指标 {0} 没有对应的评价内容，依据文件无处归档。</translation>
        </message>
    </context>
    <context>
        <name>TrendLine</name>
        <message>
            <source>No values recorded yet</source>
            <translation>尚未记录数值</translation>
        </message>
    </context>
    <context>
        <name>Findings</name>
        <message>
            <source>A finding's state is one of {0}.</source>
            <translation>问题的状态须为以下之一：{0}。</translation>
        </message>
        <message>
            <source>No list of findings was found in {0}: it needs the columns 单位 and 问题.</source>
            <translation>{0} 中没有找到问题清单：需要有“单位”和“问题”两列。</translation>
        </message>
        <message>
            <source>The findings in {0} were not imported: {1} problem(s) found.</source>
            <translation>{0} 中的问题未导入：发现 {1} 处错误。</translation>
        </message>
        <message>
            <source>The kind of inspection is one of {0}.</source>
            <translation>检查类型须为以下之一：{0}。</translation>
        </message>
        <message>
            <source>The list holds no findings.</source>
            <translation>清单中没有问题。</translation>
        </message>
        <message>
            <source>There is no finding {0}.</source>
            <translation>没有编号为 {0} 的问题。</translation>
        </message>
        <message>
            <source>row {0}</source>
            <translation>第 {0} 行</translation>
        </message>
        <message>
            <source>the finding says nothing.</source>
            <translation>问题内容为空。</translation>
        </message>
        <message>
            <source>there is no unit called “{0}”.</source>
            <translation>没有名为“{0}”的单位。</translation>
        </message>
        <message>
            <source>“{0}” is no item of the rule set.</source>
            <translation>“{0}”不是评价细则中的项号。</translation>
        </message>
        <message>
            <source>The finding was not kept.</source>
            <translation>问题未保存。</translation>
        </message>
        <message>
            <source>Record the item (项号) with the finding first.</source>
            <translation>请先为该问题填写对应的评价内容（项号）。</translation>
        </message>
        <message>
            <source>Rectification of: {0}</source>
            <translation>整改材料：{0}</translation>
        </message>
        <message>
            <source>The finding names no item of the rule set, so its evidence has nowhere to be filed.</source>
            <translation>该问题没有对应的评价内容，整改材料无处归档。</translation>
        </message>
        <message>
            <source>there is no task numbered “{0}” in the plan.</source>
            <translation>实施方案中没有编号为“{0}”的任务。</translation>
        </message>
        <message>
            <source>importing inspection findings</source>
            <translation>导入检查发现的问题</translation>
        </message>
    </context>
    <context>
        <name>FindingsView</name>
        <message>
            <source> (overdue)</source>
            <translation>（逾期）</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx *.xls)</source>
            <translation>Excel 工作簿 (*.xlsx *.xls)</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>How it was rectified (整改情况)</source>
            <translation>整改情况</translation>
        </message>
        <message>
            <source>Import a list of findings</source>
            <translation>导入问题清单</translation>
        </message>
        <message>
            <source>Import a list of findings…</source>
            <translation>导入问题清单…</translation>
        </message>
        <message>
            <source>Inspection</source>
            <translation>检查</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>评价内容</translation>
        </message>
        <message>
            <source>Not yet rectified only</source>
            <translation>只显示未完成整改的</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>整改情况</translation>
        </message>
        <message>
            <source>Record a finding…</source>
            <translation>记录问题…</translation>
        </message>
        <message>
            <source>Rectify by</source>
            <translation>整改时限</translation>
        </message>
        <message>
            <source>Save state</source>
            <translation>保存状态</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>{0} finding(s) imported.</source>
            <translation>已导入 {0} 个问题。</translation>
        </message>
        <message>
            <source>Add rectification files…</source>
            <translation>添加整改材料…</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>所有文件 (*)</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>材料</translation>
        </message>
        <message>
            <source>File the evidence of the rectification under the finding's item</source>
            <translation>将整改佐证材料归档到该问题对应的评价内容下</translation>
        </message>
        <message>
            <source>Filing the files…</source>
            <translation>正在归档文件…</translation>
        </message>
        <message>
            <source>Rectification files</source>
            <translation>整改材料</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>任务</translation>
        </message>
        <message>
            <source>{0} file(s) filed as the rectification's evidence.</source>
            <translation>已归档 {0} 个整改材料文件。</translation>
        </message>
    </context>
    <context>
        <name>InspectionDialog</name>
        <message>
            <source>By</source>
            <translation>检查组</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>Import a list of findings</source>
            <translation>导入问题清单</translation>
        </message>
        <message>
            <source>Inspection</source>
            <translation>检查</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>评价内容</translation>
        </message>
        <message>
            <source>Record a finding</source>
            <translation>记录检查发现的问题</translation>
        </message>
        <message>
            <source>Rectify by</source>
            <translation>整改时限</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>What was found</source>
            <translation>发现的问题</translation>
        </message>
        <message>
            <source>e.g. 2026-12-31 or 2026年12月底前</source>
            <translation>如 2026-12-31 或 2026年12月底前</translation>
        </message>
        <message>
            <source>e.g. 85 (optional)</source>
            <translation>如 85（可不填）</translation>
        </message>
        <message>
            <source>e.g. 市食安委督查组</source>
            <translation>如 市食安委督查组</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>任务</translation>
        </message>
        <message>
            <source>the task's number in the plan (optional)</source>
            <translation>实施方案中的任务编号（可不填）</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>检查范围</translation>
        </message>
        <message>
            <source>e.g. 学校食堂、农贸市场</source>
            <translation>如 学校食堂、农贸市场</translation>
        </message>
    </context>
    <context>
        <name>ReadinessView</name>
        <message>
            <source>Double-click a line to open the records behind it.</source>
            <translation>双击一行可打开相关记录。</translation>
        </message>
        <message>
            <source>Estimated score {0:g} of {1:g}</source>
            <translation>预计得分 {0:g}（满分 {1:g}）</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>概况</translation>
        </message>
        <message>
            <source>Where the campaign stands</source>
            <translation>迎检准备情况</translation>
        </message>
    </context>
    <context>
        <name>MeasureDialog</name>
        <message>
            <source>98.5, 98.5%, 0.985 or two counts as 197/200</source>
            <translation>可写 98.5、98.5%、0.985，或两个数相除如 197/200</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>期间</translation>
        </message>
        <message>
            <source>Record a measured value</source>
            <translation>录入测评值</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>The whole campaign</source>
            <translation>全市（不分单位）</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>测评值</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>一个数值</translation>
        </message>
        <message>
            <source>a year (2026) or a month (2026-06)</source>
            <translation>年份（2026）或月份（2026-06）</translation>
        </message>
        <message>
            <source>e.g. 第三方测评报告</source>
            <translation>如 第三方测评报告</translation>
        </message>
        <message>
            <source>the count (批次); it is divided by the population in thousands</source>
            <translation>填批次数，程序按常住人口（千人）折算</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>所有文件 (*)</translation>
        </message>
        <message>
            <source>Attach files</source>
            <translation>添加依据文件</translation>
        </message>
        <message>
            <source>Attach files…</source>
            <translation>添加依据文件…</translation>
        </message>
        <message>
            <source>The report or statistics the value comes from, filed as evidence</source>
            <translation>测评报告或统计数据等依据文件，将作为佐证材料归档</translation>
        </message>
        <message>
            <source>{0} file(s) attached</source>
            <translation>已添加 {0} 个文件</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>Also write its tables to an Excel workbook</source>
            <translation>同时将表格导出为 Excel 工作簿</translation>
        </message>
        <message>
            <source>Change since “{0}”</source>
            <translation>与“{0}”比较</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>比较</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>No comparison</source>
            <translation>不比较</translation>
        </message>
        <message>
            <source>Snapshot “{0}” ({1}), as it was</source>
            <translation>快照“{0}”（{1}）当时的内容</translation>
        </message>
        <message>
            <source>The assessment as it stands</source>
            <translation>当前的自评结果</translation>
        </message>
        <message>
            <source>自查自评报告</source>
            <translation>自查自评报告</translation>
        </message>
        <message>
            <source>Also write a Word copy to edit</source>
            <translation>同时生成可编辑的 Word 版</translation>
        </message>
    </context>
    <context>
        <name>LinkDialog</name>
        <message>
            <source>Evidence</source>
            <translation>佐证材料</translation>
        </message>
        <message>
            <source>No evidence filed under this point yet.</source>
            <translation>该评价要点下尚无佐证材料。</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>任务</translation>
        </message>
        <message>
            <source>What the score of {0} rests on</source>
            <translation>{0} 的得分依据</translation>
        </message>
        <message>
            <source>no unit</source>
            <translation>未指定单位</translation>
        </message>
    </context>
    <context>
        <name>Readiness</name>
        <message>
            <source>({0}) {1} overdue task(s)</source>
            <translation>（{0}）逾期任务{1}项</translation>
        </message>
        <message>
            <source>({0}) {1}: no {2}</source>
            <translation>（{0}）{1}：缺{2}</translation>
        </message>
        <message>
            <source>({0}) {1}: {2} awaiting review</source>
            <translation>（{0}）{1}：{2}份待审核</translation>
        </message>
        <message>
            <source>Estimated score</source>
            <translation>预计得分</translation>
        </message>
        <message>
            <source>Items checked on site without photos or ledgers</source>
            <translation>现场检查项缺照片或台账</translation>
        </message>
        <message>
            <source>Items with no evidence</source>
            <translation>无佐证材料的评价内容</translation>
        </message>
        <message>
            <source>Items with no evidence passed in review</source>
            <translation>材料均未审核通过的评价内容</translation>
        </message>
        <message>
            <source>Overdue tasks by item</source>
            <translation>各评价内容的逾期任务</translation>
        </message>
        <message>
            <source>Phase “{0}” runs until {1}: {2} day(s) left</source>
            <translation>当前阶段“{0}”至{1}结束，还有{2}天</translation>
        </message>
        <message>
            <source>Phases</source>
            <translation>阶段节点</translation>
        </message>
        <message>
            <source>Rectifications not finished</source>
            <translation>未完成的整改</translation>
        </message>
        <message>
            <source>Targets not met</source>
            <translation>未达目标的指标</translation>
        </message>
        <message>
            <source>Veto risks</source>
            <translation>否决风险</translation>
        </message>
        <message>
            <source>a veto item has happened</source>
            <translation>有否决项已发生</translation>
        </message>
        <message>
            <source>no phase ahead</source>
            <translation>无后续阶段</translation>
        </message>
        <message>
            <source>{0} day(s) to “{1}”</source>
            <translation>距“{1}”{0}天</translation>
        </message>
        <message>
            <source>{0} item(s)</source>
            <translation>{0}项</translation>
        </message>
        <message>
            <source>{0} not met, {1} not measured yet</source>
            <translation>{0}项未达标，{1}项尚无测评数据</translation>
        </message>
        <message>
            <source>{0} of {1}</source>
            <translation>{0}/{1}项</translation>
        </message>
        <message>
            <source>{0} of {1}, {2} scored</source>
            <translation>{0}/{1}分，已评{2}项</translation>
        </message>
        <message>
            <source>{0} overdue task(s) serving {1} item(s)</source>
            <translation>逾期任务{0}项，涉及{1}个评价内容</translation>
        </message>
        <message>
            <source>{0} to be verified</source>
            <translation>{0}项待核实</translation>
        </message>
        <message>
            <source>{0}, overdue</source>
            <translation>{0}，已逾期</translation>
        </message>
        <message>
            <source>{0}, rectify by {1}</source>
            <translation>{0}，整改时限{1}</translation>
        </message>
        <message>
            <source>{0}, {1} of them overdue</source>
            <translation>{0}个，其中逾期{1}个</translation>
        </message>
        <message>
            <source>{0}: {1} ({2})</source>
            <translation>{0}：{1}（{2}）</translation>
        </message>
        <message>
            <source>{0}: {1}{2} ({3}), target {4}</source>
            <translation>{0}：{1}{2}（{3}），目标{4}</translation>
        </message>
        <message>
            <source>{0}、{1}: {2} of {3}</source>
            <translation>{0}、{1}：{2}/{3}分</translation>
        </message>
        <message>
            <source>“{0}” begins in {1} day(s) ({2})</source>
            <translation>距“{0}”开始还有{1}天（{2}）</translation>
        </message>
        <message>
            <source>all marked 未发生</source>
            <translation>均已确认未发生</translation>
        </message>
    </context>
    <context>
        <name>Paper</name>
        <message>
            <source>The issue number format must hold {n}, where the number goes (第{n}期).</source>
            <translation>期号格式中须有 {n}，表示期数的位置（如 第{n}期）。</translation>
        </message>
        <message>
            <source>The masthead is red, black or none.</source>
            <translation>版头只能是红色、黑色或不用版头。</translation>
        </message>
        <message>
            <source>Unknown setting: {0}</source>
            <translation>未知的设置项：{0}</translation>
        </message>
        <message>
            <source>The issue number format {0} may use only {{n}} and {{年}}.</source>
            <translation>期号格式“{0}”中只能使用 {{n}}（期数）和 {{年}}（年份）。</translation>
        </message>
    </context>
    <context>
        <name>Rounds</name>
        <message>
            <source>A round asks for progress or for the units' self-assessment reports.</source>
            <translation>报送内容只能是推进情况或各单位的自查报告。</translation>
        </message>
        <message>
            <source>Reports of round “{0}” are kept; it cannot be removed.</source>
            <translation>报送轮次“{0}”已有报送记录，不能删除。</translation>
        </message>
        <message>
            <source>The cycle is monthly, quarterly or fixed (fixed dates only).</source>
            <translation>报送方式只能是每月（monthly）、每季度（quarterly）或只在规定日期（fixed）。</translation>
        </message>
        <message>
            <source>There is already a round due on {0}.</source>
            <translation>{0} 已有一个同样内容的报送轮次。</translation>
        </message>
        <message>
            <source>There is no fixed round “{0}” in this campaign.</source>
            <translation>本次创建没有报送轮次“{0}”。</translation>
        </message>
        <message>
            <source>There is no fixed round “{0}”.</source>
            <translation>没有报送轮次“{0}”。</translation>
        </message>
        <message>
            <source>“{0}” is no reporting round: write a month (2025-03), a quarter (2025-Q3) or a fixed round (2025-R1).</source>
            <translation>“{0}”不是报送轮次：请写月份（2025-03）、季度（2025-Q3）或规定日期轮次（2025-R1）。</translation>
        </message>
        <message>
            <source>The {0} report(s) of {1} fall outside the campaign's period and will no longer be listed; they are kept, and show again when the period is set back.</source>
            <translation>{1}已收到的{0}份报送不在新的创建期内，将不在列表中显示；它们仍然保留，创建期改回后重新显示。</translation>
        </message>
        <message>
            <source>{0} late report(s) will count as on time.</source>
            <translation>已收到的报表中有{0}份逾期将改为按时。</translation>
        </message>
        <message>
            <source>{0} report(s) taken in on time will count as late.</source>
            <translation>已收到的报表中有{0}份按时将改为逾期。</translation>
        </message>
        <message>
            <source>The day reports are tracked from ({0}) is after the campaign's end.</source>
            <translation>报送跟踪起始日（{0}）晚于创建活动的结束日期。</translation>
        </message>
    </context>
    <context>
        <name>Move</name>
        <message>
            <source>The copy of an evidence file differs from the original ({0}).</source>
            <translation>复制后的佐证材料文件与原文件不一致（{0}）。</translation>
        </message>
        <message>
            <source>The copy of table {0} differs from the original.</source>
            <translation>复制后的数据表 {0} 与原表不一致。</translation>
        </message>
        <message>
            <source>The database there already holds a campaign; it was left as it was. Ask for an empty database, or back up and clear that one first.</source>
            <translation>目标数据库中已有创建活动，程序未作改动。请换一个空数据库，或先备份并清空该数据库。</translation>
        </message>
        <message>
            <source>The folder {0} is not empty; choose a new folder.</source>
            <translation>文件夹 {0} 不是空的，请选择一个新文件夹。</translation>
        </message>
        <message>
            <source>This campaign is in a file already.</source>
            <translation>这个创建活动已经保存在本机文件中。</translation>
        </message>
        <message>
            <source>This campaign is on a server already.</source>
            <translation>这个创建活动已经在服务器上。</translation>
        </message>
        <message>
            <source>evidence files</source>
            <translation>佐证材料文件</translation>
        </message>
        <message>
            <source>moving the campaign to a file</source>
            <translation>把创建活动移到本机文件</translation>
        </message>
        <message>
            <source>The campaign there is no unfinished copy; it was left as it was.</source>
            <translation>那里的创建活动不是未完成的副本，未作改动。</translation>
        </message>
        <message>
            <source>The copy in {0} is marked unfinished (迁移未完成): nobody opens it. Run the move again once the cause is mended; it starts over.</source>
            <translation>{0} 中的副本已标为“迁移未完成”，任何人都不会打开它。排除原因后再次迁移即可，将从头开始。</translation>
        </message>
    </context>
    <context>
        <name>TaskImport</name>
        <message>
            <source>importing a responsibility table</source>
            <translation>导入责任分解表</translation>
        </message>
        <message>
            <source>importing a task table</source>
            <translation>导入任务表</translation>
        </message>
    </context>
    <context>
        <name>Server</name>
        <message>
            <source>Name the shared folder where every clerk's PC finds the evidence (such as \\服务器\创建材料).</source>
            <translation>请指定每位同事的电脑都能访问的佐证材料共享文件夹（如 \\服务器\创建材料）。</translation>
        </message>
        <message>
            <source>The database there already holds the campaign “{0}”; it was left as it was. Connect to it instead, or ask for an empty database.</source>
            <translation>那里的数据库已有创建活动“{0}”，未作任何更改。请改为直接连接它，或请信息化人员另建一个空数据库。</translation>
        </message>
    </context>
    <context>
        <name>ServerDialog</name>
        <message>
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>连接</translation>
        </message>
        <message>
            <source>Connect to the server</source>
            <translation>连接服务器</translation>
        </message>
        <message>
            <source>Connected. The database holds the campaign “{0}”.</source>
            <translation>连接成功。该数据库中有创建活动“{0}”。</translation>
        </message>
        <message>
            <source>Connected. The database is empty: a campaign can be moved up to it.</source>
            <translation>连接成功。该数据库为空，可以把创建活动移上去（或下次打开程序时新建）。</translation>
        </message>
        <message>
            <source>Database *</source>
            <translation>数据库名 *</translation>
        </message>
        <message>
            <source>Fill in the {0}.</source>
            <translation>请填写{0}。</translation>
        </message>
        <message>
            <source>Login *</source>
            <translation>登录名 *</translation>
        </message>
        <message>
            <source>Move the campaign to the server</source>
            <translation>把创建活动移到服务器</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>移到服务器</translation>
        </message>
        <message>
            <source>Name the shared evidence folder.</source>
            <translation>请指定佐证材料共享文件夹。</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>端口</translation>
        </message>
        <message>
            <source>Server *</source>
            <translation>服务器 *</translation>
        </message>
        <message>
            <source>Shared evidence folder</source>
            <translation>佐证材料共享文件夹</translation>
        </message>
        <message>
            <source>Shared evidence folder *</source>
            <translation>佐证材料共享文件夹 *</translation>
        </message>
        <message>
            <source>Test the connection</source>
            <translation>测试连接</translation>
        </message>
        <message>
            <source>The database already holds the campaign “{0}”; choose 连接服务器 to work on it.</source>
            <translation>该数据库中已有创建活动“{0}”，请改用“连接服务器”直接使用它。</translation>
        </message>
        <message>
            <source>The office's IT person gives these (see the guide's section on server mode). The password is kept in PostgreSQL's own password file of this Windows user, not in the program's files.</source>
            <translation>以下信息由单位的信息化人员提供（见使用说明中“服务器模式”一节）。密码保存在本机当前用户的 PostgreSQL 密码文件中，不保存在本程序的文件里。</translation>
        </message>
        <message>
            <source>database</source>
            <translation>数据库名</translation>
        </message>
        <message>
            <source>login</source>
            <translation>登录名</translation>
        </message>
        <message>
            <source>server</source>
            <translation>服务器地址</translation>
        </message>
        <message>
            <source>such as 192.168.1.20 or the server's name</source>
            <translation>如 192.168.1.20 或服务器名称</translation>
        </message>
        <message>
            <source>such as \\服务器\创建材料</source>
            <translation>如 \\服务器\创建材料</translation>
        </message>
        <message>
            <source>No shared folder: keep the evidence files inside the database</source>
            <translation>没有共享文件夹：把佐证材料文件存入数据库</translation>
        </message>
        <message>
            <source>Trying the server…</source>
            <translation>正在连接服务器…</translation>
        </message>
    </context>
    <context>
        <name>Checks</name>
        <message>
            <source>As written</source>
            <translation>原文</translation>
        </message>
        <message>
            <source>Cell</source>
            <translation>位置</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>完成时限</translation>
        </message>
        <message>
            <source>Lead units</source>
            <translation>牵头单位</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>联系电话</translation>
        </message>
        <message>
            <source>Responsible units</source>
            <translation>责任单位</translation>
        </message>
        <message>
            <source>Supporting units</source>
            <translation>配合单位</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>任务</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Your reading (optional)</source>
            <translation>更正为（可不填）</translation>
        </message>
    </context>
    <context>
        <name>ImportChecksDialog</name>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>{0} cell(s) could not be read and will be kept as written (highlighted); {1} other place(s) were read by inference. Nothing in the file is changed. Type your own reading of a highlighted cell if you like, or import them as written: every one stays marked 需核对 on its task until someone confirms or corrects it.</source>
            <translation>有 {0} 个单元格无法识别，将按原文保留（黄色标出）；另有 {1} 处系推定。文件本身不作任何改动。可以在黄色单元格的“更正为”一栏填写您的理解，也可以直接按原文导入：每一处都会在任务上标为“需核对”，直到有人确认或更正。</translation>
        </message>
        <message>
            <source>需核对: {0} place(s) in {1}</source>
            <translation>需核对：{1} 中有 {0} 处</translation>
        </message>
        <message>
            <source>Columns not read (未读取的列): {0}. Their content is not imported.</source>
            <translation>未读取的列：{0}。这些列的内容不导入。</translation>
        </message>
    </context>
    <context>
        <name>TaskChecksDialog</name>
        <message>
            <source>Confirm as it stands</source>
            <translation>确认无误</translation>
        </message>
        <message>
            <source>Deadline as you read it</source>
            <translation>更正完成时限</translation>
        </message>
        <message>
            <source>Save the correction</source>
            <translation>保存更正</translation>
        </message>
        <message>
            <source>e.g. 2024年12月底前 (leave empty to keep it as written)</source>
            <translation>如 2024年12月底前（不填则按原文保留）</translation>
        </message>
        <message>
            <source>需核对: {0}</source>
            <translation>需核对：{0}</translation>
        </message>
    </context>
    <context>
        <name>PasteDialog</name>
        <message>
            <source>Paste the plan's text</source>
            <translation>粘贴方案文字</translation>
        </message>
        <message>
            <source>Read the tasks</source>
            <translation>读取任务</translation>
        </message>
        <message>
            <source>Paste the plan's text, or the part with its tasks: numbered paragraphs under the section of its tasks (二、重点任务), each with its units in brackets (（区市场监管局负责）) or on lines such as 牵头单位：…. Anything that cannot be read is shown before the tasks are saved.</source>
            <translation>请粘贴方案全文，或其中的任务部分：任务部分（如“二、重点任务”）下带编号的段落，每项任务后用括号注明单位（如“（区市场监管局负责）”），或另起一行写“牵头单位：…”。保存任务之前，会先显示无法识别的内容供核对。</translation>
        </message>
    </context>
    <context>
        <name>UnitsPreview</name>
        <message>
            <source> (by its name)</source>
            <translation>（按名称判断）</translation>
        </message>
        <message>
            <source>Double-click to choose another type</source>
            <translation>双击可改选类型</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位名称</translation>
        </message>
        <message>
            <source>already listed, updated</source>
            <translation>已有，将更新</translation>
        </message>
        <message>
            <source>new</source>
            <translation>新增</translation>
        </message>
        <message>
            <source>需核对</source>
            <translation>需核对</translation>
        </message>
        <message>
            <source>listed as {0}, updated</source>
            <translation>即已有的{0}，将更新</translation>
        </message>
        <message>
            <source>Your reading (optional)</source>
            <translation>更正为（可不填）</translation>
        </message>
    </context>
    <context>
        <name>UnitsPreviewDialog</name>
        <message>
            <source>Columns not read (未读取的列): {0}.</source>
            <translation>未读取的列：{0}。</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>Units in {0}</source>
            <translation>{0} 中的成员单位</translation>
        </message>
        <message>
            <source>{0} cell(s) are kept as written and marked 需核对 (highlighted).</source>
            <translation>有 {0} 个单元格按原文保留，标为“需核对”（黄色标出）。</translation>
        </message>
        <message>
            <source>{0} unit(s), {1} of them new. Check each unit's type: coverage and the list of missing evidence count 县/区 and 乡镇/街道 apart from departments. Double-click a type to change it, or type your reading of a phone kept as written (the file is left as it is).</source>
            <translation>共 {0} 个单位，其中新增 {1} 个。请核对每个单位的类型：佐证材料覆盖情况和尚缺材料清单把县/区、乡镇/街道与部门分开统计。双击类型可以修改；需核对的电话可以填写您核实的号码（原文件不改动）。</translation>
        </message>
    </context>
    <context>
        <name>UnitNames</name>
        <message>
            <source>another ending</source>
            <translation>名称后缀不同</translation>
        </message>
        <message>
            <source>short form</source>
            <translation>简称</translation>
        </message>
        <message>
            <source>short form, its characters in order</source>
            <translation>简称（字序相同）</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Copies to (抄送)</source>
            <translation>抄送</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>界面语言</translation>
        </message>
        <message>
            <source>Issue number (期号) format</source>
            <translation>期号格式</translation>
        </message>
        <message>
            <source>Masthead (版头)</source>
            <translation>版头</translation>
        </message>
        <message>
            <source>Masthead text (发文机关标志)</source>
            <translation>发文机关标志</translation>
        </message>
        <message>
            <source>Printed by (印发机关)</source>
            <translation>印发机关</translation>
        </message>
        <message>
            <source>Shared evidence folder</source>
            <translation>佐证材料共享文件夹</translation>
        </message>
        <message>
            <source>Where the evidence files are kept</source>
            <translation>佐证材料文件存放位置</translation>
        </message>
        <message>
            <source>Reports tracked from</source>
            <translation>报送跟踪起始日</translation>
        </message>
    </context>
    <context>
        <name>FirstSteps</name>
        <message>
            <source>File the first evidence</source>
            <translation>归档第一份佐证材料</translation>
        </message>
        <message>
            <source>Import the member units</source>
            <translation>导入成员单位</translation>
        </message>
        <message>
            <source>Import the task breakdown table</source>
            <translation>导入任务分解表</translation>
        </message>
        <message>
            <source>Set how the units report</source>
            <translation>设置报送方式</translation>
        </message>
        <message>
            <source>Set up backups</source>
            <translation>设置备份</translation>
        </message>
        <message>
            <source>Write this round's fill-in forms</source>
            <translation>生成本月填报表</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>Right-click to show or hide columns</source>
            <translation>右键单击表头可显示或隐藏列</translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <source>“{0}” is no whole date; the field keeps {1}.</source>
            <translation>“{0}”不是完整的日期，仍为 {1}。</translation>
        </message>
    </context>
    <context>
        <name>Schema</name>
        <message>
            <source>column {0}.{1}</source>
            <translation>列 {0}.{1}</translation>
        </message>
        <message>
            <source>index {0}</source>
            <translation>索引 {0}</translation>
        </message>
        <message>
            <source>no column {0}.{1}</source>
            <translation>缺少列 {0}.{1}</translation>
        </message>
        <message>
            <source>no index {0}</source>
            <translation>缺少索引 {0}</translation>
        </message>
        <message>
            <source>no table {0}</source>
            <translation>缺少表 {0}</translation>
        </message>
        <message>
            <source>table {0}</source>
            <translation>表 {0}</translation>
        </message>
        <message>
            <source>{0} row {1} → {2}</source>
            <translation>{0} 第{1}行 → {2}</translation>
        </message>
    </context>
    <context>
        <name>Ocr</name>
        <message>
            <source>Recognising scans: {0}/{1} pages</source>
            <translation>正在识别扫描件：{0}/{1} 页</translation>
        </message>
        <message>
            <source>no text was recognised</source>
            <translation>未识别出文字</translation>
        </message>
        <message>
            <source>the recogniser is not installed ({0})</source>
            <translation>未安装文字识别组件（{0}）</translation>
        </message>
    </context>
</TS>
